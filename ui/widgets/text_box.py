"""Comment and reason boxes that Tab leaves: Tab / Shift+Tab and Ctrl+Tab / Ctrl+Shift+Tab move the focus on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QInputDialog, QPlainTextEdit, QTextEdit, QWidget


def tab_leaves(edit: QPlainTextEdit | QTextEdit) -> None:
    """Tab no longer types a tab into ``edit``: it and Ctrl+Tab (with Shift: backwards) go to the next widget."""
    edit.setTabChangesFocus(True)
    edit.installEventFilter(_CtrlTab(edit))


class _CtrlTab(QObject):
    """Ctrl+Tab in a text box moves the focus as Tab does (Qt leaves Ctrl+Tab to the widget, which types nothing)."""

    def __init__(self, edit: QPlainTextEdit | QTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if event.key() == Qt.Key.Key_Backtab or (
            event.key() == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            return self._edit.focusNextPrevChild(False)
        if event.key() == Qt.Key.Key_Tab:
            return self._edit.focusNextPrevChild(True)
        return False


def reason_dialog(parent: QWidget, title: str, prompt: str) -> QInputDialog:
    """A dialog asking for a reason in a box of several lines that Tab leaves (for OK / Cancel)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(prompt)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    box = dialog.findChild(QPlainTextEdit)
    if box is not None:
        tab_leaves(box)
    return dialog


def ask_reason(parent: QWidget, title: str, prompt: str) -> tuple[str, bool]:
    """The reason typed and whether it was given (OK), like ``QInputDialog.getMultiLineText``."""
    dialog = reason_dialog(parent, title, prompt)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text, ok
