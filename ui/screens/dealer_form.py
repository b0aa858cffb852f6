"""Registering a dealer or editing one: every field the dealer service takes, its refusals next to the field.

The dealer's own fields on the left, its requisites (INN, KPP, bank, accounts: what a finance clerk pays it
with) in a group beside them, so the whole dealer fits a laptop's 1090×540 without a tab to find."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coop_desk.errors import CoopDeskError, Problem
from coop_desk.rules import REQUISITE_FIELDS, REQUISITE_LABELS, normal_requisites
from coop_desk.services import Changes
from coop_desk.services.dealers import DealerView
from ui.context import ScreenContext
from ui.text import tr_text

#: The dialog's fields, in order: the service's keyword (``register``/``edit``) and the name a Problem gives.
FIELDS = (
    ("code", "code"),
    ("name", "name"),
    ("region", "region"),
    ("city", "city"),
    ("legal_name", "legal name"),
    ("email", "email"),
    ("phone", "phone"),
)
#: The requisites' fields (the service's keywords) and the names their Problems give.
REQUISITES = tuple((key, REQUISITE_LABELS[key]) for key in REQUISITE_FIELDS)
_BY_WHERE = {where: key for key, where in FIELDS + REQUISITES}


def field_of(where: str) -> str | None:
    """The dialog field a service Problem names (``Text("city")``, ``Text("dealer {code}: {field}")``), or None.

    A duplicate code is refused as ``dealer {code}``: that is the code field."""
    template = getattr(where, "template", str(where))
    if template == "dealer {code}: {field}":
        return field_of(getattr(where, "params", {}).get("field", ""))
    if template == "dealer {code}":
        return "code"
    return _BY_WHERE.get(template)


class DealerDialog(QDialog):
    """New dealer (``dealer`` None) or Edit dealer; OK calls the service and closes only when it saved."""

    def __init__(self, context: ScreenContext, dealer: DealerView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dealer = dealer
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("New dealer") if dealer is None else self.tr("Edit dealer {0}").format(dealer.code))
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._build()
        if dealer is not None:
            self._fill(dealer)

    def _build(self) -> None:
        labels = {
            "code": self.tr("&Code:"),
            "name": self.tr("&Name:"),
            "region": self.tr("&Region:"),
            "city": self.tr("Cit&y:"),
            "legal_name": self.tr("&Legal name:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("&Phone:"),
        }
        requisite_labels = {
            "inn": self.tr("&INN:"),
            "kpp": self.tr("&KPP:"),
            "ogrn": self.tr("&OGRN/OGRNIP:"),
            "legal_address": self.tr("Legal a&ddress:"),
            "bank_name": self.tr("Bank na&me:"),
            "bic": self.tr("&BIC:"),
            "account": self.tr("&Settlement account:"),
            "corr_account": self.tr("Correspondent &account:"),
        }
        self.region = QComboBox(self)
        self.region.setEditable(True)
        self.region.addItems(self.context.services.dealers.list_regions())
        self.region.setCurrentIndex(-1)
        self.region.setMinimumContentsLength(24)
        form = QFormLayout()
        for key, _where in FIELDS:
            self._add_row(form, key, labels[key])
        self.requisites = QGroupBox(self.tr("Requisites"), self)
        self.requisites.setToolTip(self.tr("What a payment order to the dealer needs; all optional"))
        requisites_form = QFormLayout(self.requisites)
        for key, _where in REQUISITES:
            self._add_row(requisites_form, key, requisite_labels[key])
        for key, length in (("inn", 12), ("kpp", 9), ("bic", 9)):
            self.edits[key].setMaxLength(length + 4)  # room for spaces, which are dropped
        self.edits["inn"].setPlaceholderText(self.tr("10 digits (a company) or 12"))
        self.edits["account"].setPlaceholderText(self.tr("20 digits"))
        self.edits["corr_account"].setPlaceholderText(self.tr("20 digits, 301…"))
        self.edits["code"].setPlaceholderText(self.tr("a letter then letters or digits, e.g. D014"))
        self.edits["code"].setMaxLength(16)
        self.edits["legal_name"].setPlaceholderText(self.tr("as on contracts and invoices"))
        self.edits["email"].setPlaceholderText("name@example.com")
        self.general = QLabel(self)
        self.general.setObjectName("Warning")
        self.general.setWordWrap(True)
        self.general.setTextFormat(Qt.TextFormat.PlainText)
        self.general.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addWidget(self.requisites, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(960)  # errors on one line or two; fits the 1090 of a laptop

    def _add_row(self, form: QFormLayout, key: str, text: str) -> None:
        """The field ``key`` with its label (the label's mnemonic moves to it) and its error below it."""
        if key == "region":
            widget: QWidget = self.region
            line = self.region.lineEdit()
            assert line is not None
            self.edits[key] = line
        else:
            self.edits[key] = widget = QLineEdit(self)
        error = QLabel(self)
        error.setObjectName("Warning")
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, box)

    def _fill(self, dealer: DealerView) -> None:
        code = self.edits["code"]
        code.setText(dealer.code)
        code.setReadOnly(True)
        code.setToolTip(self.tr("A dealer's code does not change"))
        for key in ("name", "city", "legal_name", "email", "phone", *REQUISITE_FIELDS):
            self.edits[key].setText(getattr(dealer, key))
        self.region.setCurrentText(dealer.region)

    def values(self) -> dict[str, str]:
        return {key: self.edits[key].text() for key, _where in FIELDS + REQUISITES}

    # -- errors --------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general.clear()
        self.general.hide()

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        """Each problem under the field it names; the rest (a stale edit, a role refusal) above the buttons."""
        self.clear_errors()
        general: list[str] = []
        first: str | None = None
        for problem in problems:
            key = field_of(problem.where)
            if key is None:
                general.append(tr_text(problem.text()))
                continue
            label = self.errors[key]
            label.setText("\n".join(filter(None, (label.text(), tr_text(problem.message)))))
            label.show()
            first = first or key
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        if first is not None:
            self.edits[first].setFocus()
            self.edits[first].selectAll()

    # -- saving --------------------------------------------------------------------------------
    def _save(self) -> Changes | None:
        dealers = self.context.services.dealers
        values = self.values()
        if self.dealer is None:
            return dealers.register(
                values["code"],
                values["name"],
                values["region"],
                city=values["city"],
                legal_name=values["legal_name"],
                email=values["email"],
                phone=values["phone"],
                **{key: values[key] for key in REQUISITE_FIELDS},
            )
        old = self.dealer
        stored = values | normal_requisites(values)  # "4070 2810 …" is the account as stored
        changed = {k: v for k, v in values.items() if k != "code" and stored[k].strip() != getattr(old, k)}
        if not changed:
            return None
        return dealers.edit(old.code, expected_version=old.version, **changed)

    @Slot()
    def _on_save_clicked(self) -> None:
        try:
            self.changes = self._save()
        except CoopDeskError as exc:
            self.show_problems(exc.problems)
            return
        if self.changes is not None:
            self.context.publish(self.changes)
        self.accept()
