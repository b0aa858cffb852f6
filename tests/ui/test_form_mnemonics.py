"""Mnemonics on form labels (issue 14.7): every label of a field one can type in or choose from carries one
(Alt+letter goes to its field), and no two labels of one form share a letter — in English and in Russian.

Walks every screen of the window (the score editor with a dealer's criteria, the completion form of a returned
claim) and every dialog with a form.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLayout, QWidget

from coop_desk.services.claim_views import PaymentView
from tests.ui import programme_state
from tests.ui.programme_state import Programme
from ui.dialogs import DatabasePasswordDialog, DatabaseUrlDialog, NewYearDialog
from ui.main_window import MainWindow
from ui.mnemonics import form_labels, mnemonic
from ui.prefs import Prefs
from ui.screens.payment_reversal_dialog import PaymentReversalDialog
from ui.screens.users import AddUserDialog
from ui.sign_in import SignInDialog

programme_templates = programme_state.programme_templates
execution = programme_state.execution


def _typed_into(item: Any) -> bool:
    """A field one can reach with the keyboard (an edit, a box, a spin box), or a row holding one."""
    widget = item.widget() if item is not None else None
    if isinstance(widget, QWidget):
        return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not isinstance(widget, QLabel)
    layout = item.layout() if item is not None else None
    if isinstance(layout, QLayout):
        return any(_typed_into(layout.itemAt(i)) for i in range(layout.count()))
    return False


def _forms(top: QWidget) -> list[tuple[str, list[QLabel]]]:
    """Each form of ``top``: its name and the labels of its keyboard fields."""
    out = []
    for form in top.findChildren(QFormLayout):
        labels = []
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if (
                label is not None
                and isinstance(label.widget(), QLabel)
                and label.widget().text()
                and _typed_into(field)
            ):
                labels.append(label.widget())
        assert set(labels) <= set(form_labels(form))
        if labels:
            out.append(
                (
                    f"{type(top).__name__}/{form.parentWidget().objectName() or type(form.parentWidget()).__name__}",
                    labels,
                )
            )
    for grid in top.findChildren(QGridLayout):  # captions over their fields (the claim completion form)
        parent = grid.parentWidget()
        labels = [w for w in parent.findChildren(QLabel) if w.buddy() is not None and w.parentWidget() is parent]
        if labels:
            out.append((f"{type(top).__name__}/{type(parent).__name__}", labels))
    return out


def _problems(top: QWidget) -> list[str]:
    problems = []
    for name, labels in _forms(top):
        letters = [mnemonic(label.text()) for label in labels]
        problems += [
            f"{name}: {label.text()!r} has no mnemonic" for label, m in zip(labels, letters, strict=True) if not m
        ]
        problems += [f"{name}: {label.text()!r} has no buddy" for label in labels if label.buddy() is None]
        taken = [m for m in letters if m]
        problems += [f"{name}: Alt+{m} twice" for m in sorted(set(taken)) if taken.count(m) > 1]
    return problems


def _dialogs(execution: Programme) -> list[QWidget]:
    paid_on = dt.date(2027, 3, 1)
    payment = PaymentView(1, execution.year, "D01", "Dealer", paid_on, Decimal("100"), "PO-1", "clerk", ())
    return [
        SignInDialog(execution.services),
        AddUserDialog(),
        NewYearDialog(suggested_year=2028),
        DatabaseUrlDialog(),
        DatabasePasswordDialog(where="db.example", problem="wrong password"),
        PaymentReversalDialog(payment, "100.00", paid_on),
    ]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_form_label_has_its_own_mnemonic(
    qtbot: Any, request: pytest.FixtureRequest, execution: Programme, tmp_path: Path, lang: str
) -> None:
    if lang == "ru":
        request.getfixturevalue("russian")
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(execution.services, prefs, lang=lang)
    execution.task_runners.append(window.context.tasks)
    qtbot.addWidget(window)
    window.resize(1280, 650)
    window.show()
    problems: list[str] = []
    forms = 0
    for name in window.screen_names():
        screen = window.show_screen(name)
        assert screen is not None
        if name == "dealers":  # the score editor shows a dealer's criteria once one is chosen
            screen.table.selectRow(0)
            assert screen.findChild(QWidget, "points-1") is not None
        window.context.tasks.wait_for_done(30000)
        problems += _problems(screen)
        forms += len(_forms(screen))
    for dialog in _dialogs(execution):
        qtbot.addWidget(dialog)
        problems += _problems(dialog)
        forms += len(_forms(dialog))
    assert problems == []
    assert forms >= 13  # settings ×2, payment, reports, scores, claim rate and completion, six dialogs
    if lang == "ru":  # the Russian labels are Russian, with their own letters
        settings = window.show_screen("settings")
        texts = [label.text() for _n, labels in _forms(settings) for label in labels]
        assert "&Валюта" in texts and "Ка&налы" in texts


def test_labels_made_at_run_time_get_a_free_letter(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    from ui.mnemonics import fill_mnemonics

    widget = QWidget()
    qtbot.addWidget(widget)
    form = QFormLayout(widget)
    for text in ("&Budget", "Brand && logo", "Bb", "Reach"):
        form.addRow(text, QLineEdit())
    form.addRow("Note", QLabel("not typed into"))
    fill_mnemonics(form)
    texts = [label.text() for label in form_labels(form)]
    assert texts == ["&Budget", "B&rand && logo", "Bb", "R&each", "Note"]  # "Bb": no letter left, none given
    assert [mnemonic(t) for t in texts] == ["b", "r", "", "e", ""]
