"""Registering, editing, deactivating and reactivating a dealer from Dealers & scores (issue 14.2).

"New dealer…" and "Edit…" open one dialog with every field the dealer service takes; a refusal is shown under
the field it names and nothing is saved; a stale edit is refused. "Deactivate"/"Reactivate" ask first, listing
the dealer's open claims. The buttons follow the role. The dialog fits 1090×540 in English and Russian.
"""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from coop_desk.permissions import may
from models import AuditEvent
from models.enums import Role
from tests.ui.programme_state import Programme, drafting, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from tests.unit.test_rules_requisites import SBER, make_account
from ui.i18n import install_translators
from ui.models.row_table import ID_ROLE
from ui.screens.dealer_form import DealerDialog
from ui.screens.dealers import DealersScreen

ROLES = [None, *Role]
ROLE_IDS = ["local", *(r.value for r in Role)]
SHOTS = Path("/tmp/dealer-form-shots")


def _codes(screen: DealersScreen) -> list[str]:
    return [screen.proxy.index(r, 0).data(ID_ROLE) for r in range(screen.proxy.rowCount())]


def _drive(monkeypatch: pytest.MonkeyPatch, fill: Callable[[DealerDialog], None]) -> list[DealerDialog]:
    """The next dialogs run ``fill`` (type into the fields) and press Save, instead of waiting for a person.
    A refused save leaves the dialog open: it is then cancelled, as the person would."""
    seen: list[DealerDialog] = []

    def run(dialog: DealerDialog) -> int:
        seen.append(dialog)
        dialog.show()
        fill(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        if dialog.isVisible():  # refused: still open, the problems shown
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(DealerDialog, "exec", run)
    return seen


def _type(**values: str) -> Callable[[DealerDialog], None]:
    def fill(dialog: DealerDialog) -> None:
        for key, value in values.items():
            dialog.edits[key].setText(value)

    return fill


def _audits(programme: Programme, action: str) -> list[Any]:
    """What each audit record of ``action`` stored as "after"."""
    with programme.services.ctx.db.reading() as s:
        return list(s.scalars(select(AuditEvent.after).where(AuditEvent.action == action)))


@pytest.fixture
def screen(qtbot: Any, drafting: Programme, tmp_path: Path) -> DealersScreen:
    drafting.services.ctx.role = Role.MARKETER
    return open_screen(qtbot, DealersScreen, make_context(drafting, tmp_path))


# -- registering ---------------------------------------------------------------------------------


def test_a_dealer_registered_in_the_window_is_in_the_list_and_the_service(
    screen: DealersScreen, drafting: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = _drive(
        monkeypatch,
        _type(
            code=" d099 ",
            name="ООО Новый",
            region="Урал",
            city="Пермь",
            legal_name='ООО "Новый дилер"',
            email="info@new.ru",
            phone="+7 342 000",
        ),
    )
    before, registered = _codes(screen), len(_audits(drafting, "dealer.register"))
    screen.new_dealer.click()
    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    view = drafting.services.dealers.get("D099")
    assert (view.name, view.region, view.city, view.legal_name, view.email, view.phone, view.active) == (
        "ООО Новый",
        "Урал",
        "Пермь",
        'ООО "Новый дилер"',
        "info@new.ru",
        "+7 342 000",
        True,
    )
    assert sorted([*before, "D099"]) == sorted(_codes(screen))
    assert screen.selected_code() == "D099"  # the new dealer is chosen, its score editor and history beside it
    assert len(_audits(drafting, "dealer.register")) == registered + 1


def test_the_region_box_offers_the_regions_there_are_and_takes_a_new_one(screen: DealersScreen) -> None:
    dialog = DealerDialog(screen.context, None, screen)
    offered = [dialog.region.itemText(i) for i in range(dialog.region.count())]
    assert offered == screen.context.services.dealers.list_regions() and offered
    assert dialog.region.isEditable() and dialog.region.currentText() == ""
    dialog.deleteLater()


def test_a_duplicate_code_is_refused_under_the_code_and_nothing_is_saved(
    screen: DealersScreen, drafting: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing, registered = _codes(screen)[0], len(_audits(drafting, "dealer.register"))
    dialogs = _drive(monkeypatch, _type(code=existing.lower(), name="Second", region="North"))
    screen.new_dealer.click()
    dialog = dialogs[0]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.errors["code"].isVisibleTo(dialog) and "exists already" in dialog.errors["code"].text()
    assert all(not dialog.errors[k].isVisibleTo(dialog) for k in dialog.errors if k != "code")
    assert not dialog.general.isVisibleTo(dialog)
    assert drafting.services.dealers.get(existing).name != "Second"
    assert "North" not in drafting.services.dealers.list_regions()
    assert len(_audits(drafting, "dealer.register")) == registered


def test_every_bad_field_is_named_under_itself(
    screen: DealersScreen, drafting: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = len(drafting.services.dealers.list_dealers())
    dialogs = _drive(monkeypatch, _type(code="1X", name="  ", region="", email="not-an-address"))
    screen.new_dealer.click()
    dialog = dialogs[0]
    shown = {k for k, label in dialog.errors.items() if label.isVisibleTo(dialog)}
    assert shown == {"code", "name", "region", "email"}
    assert "e.g. D014" in dialog.errors["code"].text()
    assert "not an e-mail address" in dialog.errors["email"].text()
    assert len(drafting.services.dealers.list_dealers()) == count
    assert dialog.focusWidget() is dialog.edits["code"]  # the first field to fix


# -- editing -------------------------------------------------------------------------------------


def test_edit_saves_what_changed_and_a_stale_edit_is_refused(
    screen: DealersScreen, drafting: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _codes(screen)[1]
    screen.select_code(code)
    version = drafting.services.dealers.get(code).version
    dialogs = _drive(monkeypatch, _type(city="Тверь", legal_name="АО Тверь"))
    screen.edit_dealer.click()
    assert dialogs[0].edits["code"].isReadOnly() and dialogs[0].edits["code"].text() == code
    after = drafting.services.dealers.get(code)
    assert (after.city, after.legal_name, after.version) == ("Тверь", "АО Тверь", version + 1)
    assert screen.selected_code() == code

    def meanwhile(dialog: DealerDialog) -> None:  # somebody else saves the dealer while the dialog is open
        drafting.services.dealers.edit(code, phone="+7 000")
        dialog.edits["city"].setText("Клин")

    dialogs = _drive(monkeypatch, meanwhile)
    screen.edit_dealer.click()
    dialog = dialogs[0]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.general.isVisibleTo(dialog)
    assert "changed by somebody else" in dialog.general.text() and code in dialog.general.text()
    assert drafting.services.dealers.get(code).city == "Тверь"  # nothing overwritten


def test_an_edit_error_is_shown_under_its_field(
    screen: DealersScreen, drafting: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _codes(screen)[0]
    screen.select_code(code)
    dialogs = _drive(monkeypatch, _type(email="bad", name=""))
    screen.edit_dealer.click()
    dialog = dialogs[0]
    assert {k for k, label in dialog.errors.items() if label.isVisibleTo(dialog)} == {"email", "name"}
    assert not dialog.general.isVisibleTo(dialog)
    assert drafting.services.dealers.get(code).name != ""


# -- requisites ---------------------------------------------------------------------------------
ACCOUNT = make_account(SBER["bic"], "40702810", "38000000001")


def test_a_dealer_registered_with_its_requisites(
    screen: DealersScreen, drafting: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = SBER | {"account": "4070 2810 " + ACCOUNT[8:], "bank_name": "ПАО Сбербанк", "legal_address": "Москва"}
    dialogs = _drive(monkeypatch, _type(code="D098", name="Сбер", region="Москва", **typed))
    screen.new_dealer.click()
    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    view = drafting.services.dealers.get("D098")
    assert view.requisites == typed | {"account": ACCOUNT}
    assert _audits(drafting, "dealer.register")[-1]["account"] == ACCOUNT


def test_bad_requisites_are_shown_under_their_fields(
    screen: DealersScreen, drafting: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = len(drafting.services.dealers.list_dealers())
    bad_account = ACCOUNT[:8] + str((int(ACCOUNT[8]) + 1) % 10) + ACCOUNT[9:]
    dialogs = _drive(
        monkeypatch,
        _type(code="D097", name="ИП Иванов", region="Урал", inn="500100732259", kpp="773601001", bic=SBER["bic"],
              account=bad_account, corr_account="40101810400000000225"),
    )  # fmt: skip
    screen.new_dealer.click()
    dialog = dialogs[0]
    shown = {k for k, label in dialog.errors.items() if label.isVisibleTo(dialog)}
    assert shown == {"kpp", "account", "corr_account"}
    assert "10-digit INN" in dialog.errors["kpp"].text() and "301" in dialog.errors["corr_account"].text()
    assert "control key" in dialog.errors["account"].text()
    assert dialog.focusWidget() is dialog.edits["kpp"]
    assert len(drafting.services.dealers.list_dealers()) == count


def test_an_edit_refusal_of_a_requisite_is_shown_under_it(
    screen: DealersScreen, drafting: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _codes(screen)[0]
    drafting.services.dealers.edit(code, bic=SBER["bic"], account=ACCOUNT)
    screen.refresh()
    screen.select_code(code)
    dialogs = _drive(monkeypatch, _type(bic="044030653"))  # the stored account does not fit the new BIC
    screen.edit_dealer.click()
    dialog = dialogs[0]
    assert {k for k, label in dialog.errors.items() if label.isVisibleTo(dialog)} == {"account"}
    assert "044030653" in dialog.errors["account"].text() and not dialog.general.isVisibleTo(dialog)
    assert drafting.services.dealers.get(code).bic == SBER["bic"]


def test_editing_requisites_and_a_stale_edit_of_them(
    screen: DealersScreen, drafting: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _codes(screen)[2]
    screen.select_code(code)
    version = drafting.services.dealers.get(code).version
    _drive(monkeypatch, _type(inn=SBER["inn"], bic=SBER["bic"], account=ACCOUNT))
    screen.edit_dealer.click()
    after = drafting.services.dealers.get(code)
    assert (after.inn, after.bic, after.account, after.version) == (SBER["inn"], SBER["bic"], ACCOUNT, version + 1)
    assert _audits(drafting, "dealer.edit")[-1] == {"inn": SBER["inn"], "bic": SBER["bic"], "account": ACCOUNT}

    def opened(dialog: DealerDialog) -> None:  # the stored requisites are in the fields; then a stale save
        assert dialog.edits["account"].text() == ACCOUNT and dialog.edits["kpp"].text() == ""
        dialog.edits["account"].setText("4070 2810 " + ACCOUNT[8:])  # the same account, spaced: no change
        drafting.services.dealers.edit(code, bank_name="Другой банк")
        dialog.edits["kpp"].setText(SBER["kpp"])

    dialogs = _drive(monkeypatch, opened)
    screen.edit_dealer.click()
    assert dialogs[0].result() == QDialog.DialogCode.Rejected
    assert "changed by somebody else" in dialogs[0].general.text()
    assert drafting.services.dealers.get(code).kpp == ""


# -- deactivating --------------------------------------------------------------------------------


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_deactivating_hides_the_dealer_from_active_only_and_reactivating_brings_it_back(
    screen: DealersScreen, drafting: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _codes(screen)[2]
    screen.select_code(code)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    screen.toggle_active.click()  # asked, then cancelled: nothing happens
    assert "no share in an allocation" in asked[0] and drafting.services.dealers.get(code).active
    assert "open claims" not in asked[0]  # a dealer in drafting has none
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    screen.toggle_active.click()
    assert not drafting.services.dealers.get(code).active
    assert screen.active_only.isChecked() and code not in _codes(screen)
    assert screen.selected_code() == _codes(screen)[0]  # the next dealer is chosen, its panels beside it
    assert code not in screen.scores.title() and _codes(screen)[0] in screen.scores.title()
    assert code not in [v.dealer_code for v in drafting.services.dealers.scores(drafting.year)]
    screen.active_only.setChecked(False)  # show all
    assert code in _codes(screen)
    screen.select_code(code)
    assert screen.toggle_active.text().replace("&", "") == "Reactivate"
    row = screen.model.row_of(code)
    assert screen.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    screen.toggle_active.click()
    assert drafting.services.dealers.get(code).active
    assert screen.toggle_active.text().replace("&", "") == "Deactivate"
    assert _audits(drafting, "dealer.deactivate") == [{"active": False}]
    assert _audits(drafting, "dealer.reactivate") == [{"active": True}]


def test_deactivating_a_dealer_with_open_claims_lists_them_first(
    qtbot: Any, execution: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = open_screen(qtbot, DealersScreen, make_context(execution, tmp_path))
    payer = execution.facts.payer  # type: ignore[attr-defined]
    screen.select_code(payer)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    screen.toggle_active.click()
    open_claims = execution.services.dealers.open_claims(payer)
    assert len(open_claims) == 3  # two approved and one waiting
    assert "Its open claims are still decided and paid as usual:" in asked[0]
    assert all(f"• {line}" in asked[0] for line in open_claims)
    assert not execution.services.dealers.get(payer).active
    assert len(execution.services.dealers.open_claims(payer)) == 3  # untouched


# -- who may -------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES, ids=ROLE_IDS)
def test_the_buttons_follow_the_role(qtbot: Any, drafting: Programme, tmp_path: Path, role: Role | None) -> None:
    drafting.services.ctx.role = role
    screen = open_screen(qtbot, DealersScreen, make_context(drafting, tmp_path))
    assert screen.selected_code() is not None
    assert screen.new_dealer.isEnabled() is may(role, "dealers.register")
    assert screen.edit_dealer.isEnabled() is may(role, "dealers.edit")
    assert screen.toggle_active.isEnabled() is may(role, "dealers.deactivate")
    if not may(role, "dealers.deactivate"):
        assert screen.toggle_active.toolTip().startswith(f"Your role ({role.value if role else 'owner'}) may not")


def test_edit_and_deactivate_need_a_chosen_dealer(screen: DealersScreen) -> None:
    screen._filter.setText("no such dealer at all")
    screen.table.clearSelection()
    assert screen.selected_code() is None
    assert screen.new_dealer.isEnabled()
    assert not screen.edit_dealer.isEnabled() and not screen.toggle_active.isEnabled()
    assert screen.edit_dealer.toolTip() == "Choose a dealer in the table first"


# -- it fits -------------------------------------------------------------------------------------


@pytest.fixture(params=["en", "ru"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def _inside(widget: QWidget, top: QWidget) -> bool:
    return top.rect().contains(QRect(widget.mapTo(top, QPoint(0, 0)), widget.size()))


def test_the_dialog_fits_a_laptop_with_every_error_shown(
    qtbot: Any, drafting: Programme, tmp_path: Path, lang: str
) -> None:
    context = make_context(drafting, tmp_path, lang=lang)
    dealer = drafting.services.dealers.list_dealers()[0]
    for which, shown in (("new", None), ("edit", dealer)):
        dialog = DealerDialog(context, shown)
        qtbot.addWidget(dialog)
        if which == "new":  # the worst case: every field refused at once
            dialog.edits["code"].setText("1")
            dialog.edits["email"].setText("x")
            for key in ("inn", "kpp", "ogrn", "bic", "account", "corr_account"):
                dialog.edits[key].setText("12345")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            assert sum(label.isVisibleTo(dialog) for label in dialog.errors.values()) == 10
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.adjustSize()
        QApplication.processEvents()
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / f"dealer-{which}-{lang}.png"))  # before the checks: a failure can be seen
        need = dialog.sizeHint()
        assert need.width() <= 1090 and need.height() <= 540, (lang, which, need.toTuple())
        for button in dialog.findChildren(QPushButton):
            assert _inside(button, dialog), (lang, which, button.text())
            assert button.width() >= button.minimumSizeHint().width()
        mnemonics = [
            m.group(1).casefold()
            for label in dialog.findChildren(QLabel)
            if label.buddy() is not None and (m := re.search("&(.)", label.text()))
        ]
        assert len(mnemonics) == 15 and len(set(mnemonics)) == 15, mnemonics  # each field its own Alt+letter
        assert dialog.requisites.title() == ("Реквизиты" if lang == "ru" else "Requisites")
        if lang == "ru":  # the window's own words are Russian
            assert dialog.windowTitle().startswith("Нов" if which == "new" else "Измен"), dialog.windowTitle()
            labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
            assert all(re.search("[а-яё]", text, re.IGNORECASE) for text in labels if text.strip()), labels
            if which == "new":
                assert "буква" in dialog.errors["code"].text() and "электронной почты" in dialog.errors["email"].text()
        dialog.close()
