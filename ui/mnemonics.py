"""Mnemonics (Alt+letter) on form labels: what a label's & marks, and a free letter for labels made at run time.

Fixed labels carry their & in the source and in each translation; labels built from data (the stages' dates in
Settings, the scoring criteria of a dealer) get the first letter of their text not yet taken in their form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel


def mnemonic(text: str) -> str:
    """The letter after the single & of ``text`` (lower case), "" if none ("&&" is a literal &)."""
    index = 0
    while (index := text.find("&", index)) >= 0:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        return text[index + 1 : index + 2].lower()
    return ""


def form_labels(form: QFormLayout) -> list[QLabel]:
    """The labels of the form's rows (rows without a label, or with an empty one, left out)."""
    out = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel) and label.text():
            out.append(label)
    return out


def give_mnemonic(label: QLabel, taken: set[str]) -> None:
    """Mark the first letter of ``label`` not in ``taken`` (and take it); a label that has one keeps it."""
    text = label.text()
    if mnemonic(text):
        taken.add(mnemonic(text))
        return
    for index, char in enumerate(text):  # ``text`` is as shown: a literal & is already "&&"
        if char.isalpha() and char.lower() not in taken:
            taken.add(char.lower())
            label.setText(text[:index] + "&" + text[index:])
            return


def fill_mnemonics(form: QFormLayout) -> None:
    """Every label of ``form`` without a mnemonic gets a free letter (after those the fixed labels took)."""
    labels = form_labels(form)
    taken = {mnemonic(label.text()) for label in labels} - {""}
    for label in labels:
        buddy = label.buddy()
        if buddy is not None and buddy.focusPolicy() & Qt.FocusPolicy.TabFocus and not mnemonic(label.text()):
            give_mnemonic(label, taken)
