"""Registering a dealer or editing one: every field the dealer service takes, its refusals next to the field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coop_desk.errors import CoopDeskError, Problem
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
_BY_WHERE = {where: key for key, where in FIELDS}


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
            "city": self.tr("C&ity:"),
            "legal_name": self.tr("&Legal name:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("&Phone:"),
        }
        self.region = QComboBox(self)
        self.region.setEditable(True)
        self.region.addItems(self.context.services.dealers.list_regions())
        self.region.setCurrentIndex(-1)
        self.region.setMinimumContentsLength(24)
        form = QFormLayout()
        for key, _where in FIELDS:
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
            label = QLabel(labels[key], self)
            label.setBuddy(widget)
            form.addRow(label, box)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _fill(self, dealer: DealerView) -> None:
        code = self.edits["code"]
        code.setText(dealer.code)
        code.setReadOnly(True)
        code.setToolTip(self.tr("A dealer's code does not change"))
        for key in ("name", "city", "legal_name", "email", "phone"):
            self.edits[key].setText(getattr(dealer, key))
        self.region.setCurrentText(dealer.region)

    def values(self) -> dict[str, str]:
        return {key: self.edits[key].text() for key, _where in FIELDS}

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
            )
        old = self.dealer
        changed = {k: v for k, v in values.items() if k != "code" and v.strip() != getattr(old, k)}
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
