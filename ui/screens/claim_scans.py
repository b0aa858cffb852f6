"""The claim's scans beside its figures: the docked viewer, what each scan must show, attaching (drop or
Attach…) and removing — the services decide; this panel asks them and says what they refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QVBoxLayout, QWidget

from coop_desk.claim_states import FROM, ClaimAction
from coop_desk.errors import CoopDeskError
from coop_desk.services import Changes
from coop_desk.services.claim_views import ClaimDocumentView, ClaimView
from coop_desk.words import document_kind
from models.enums import DocumentKind, MockupStatus, Stage
from ui.context import ScreenContext, show_refusal
from ui.models.row_table import date_text
from ui.text import tr_text
from ui.widgets.attach_dialog import AttachDialog
from ui.widgets.document_dialog import DocumentDialog
from ui.widgets.document_viewer import DocumentViewer, ViewerTab

#: The statuses in which a claim still takes documents (the services refuse any other, in their words).
_UNDECIDED = FROM[ClaimAction.COMPLETE] | FROM[ClaimAction.APPROVE]


class ClaimScansPanel(QWidget):
    """The viewer of the shown claim's documents, with the figures each one must show above its tabs."""

    changed = Signal(int)
    """The documents of this claim (its number) changed: show it again."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.claim: ClaimView | None = None
        self._facts: dict[str, object] = {}  # of the shown claim: the mockup's approval day, the planned month
        self._select_newest = False
        self.document_dialog: DocumentDialog | None = None
        self.viewer = DocumentViewer(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.viewer)
        self.viewer.current_changed.connect(self._on_viewer_current_changed)
        self.viewer.files_dropped.connect(self._on_viewer_files_dropped)
        self.viewer.attach_requested.connect(self._on_viewer_attach_requested)
        self.viewer.remove_requested.connect(self._on_viewer_remove_requested)
        self.viewer.window_requested.connect(self._on_viewer_window_requested)

    # -- showing -------------------------------------------------------------------------------
    def show_claim(self, c: ClaimView | None, *, stage: Stage | None) -> None:
        """Show claim ``c``'s documents; attaching and removing as the role, ``stage`` and its status allow."""
        same = c is not None and self.claim is not None and self.claim.id == c.id
        shown = self.viewer.current_key() if same else None
        if not same:
            self._facts = {}
        self.claim = c
        documents = c.documents if c is not None else ()
        self.viewer.set_tabs([self._tab(d) for d in documents], self._read)
        if documents and self._select_newest:
            self.viewer.select_key(max(documents, key=lambda d: d.id))
        elif isinstance(shown, ClaimDocumentView):
            self.viewer.select_key(next((d for d in documents if d.id == shown.id), documents[0]))
        self._select_newest = False
        open_now = c is not None and c.status in _UNDECIDED
        why = (
            self.tr("Documents are attached to a claim before it is decided.")
            if c is not None and not open_now
            else self.tr("Claims are filed during execution and evaluation.")
        )
        gate = self.context.gate
        attach_ok = self.context.stage_allows("claims.attach", stage) and open_now
        attach = gate(
            self.viewer.attach_button, "claims.attach", attach_ok, why, self.tr("Attach scans (or drop files)")
        )
        detach_ok = self.context.stage_allows("claims.detach", stage) and open_now and bool(documents)
        gate(self.viewer.remove_button, "claims.detach", detach_ok, why, self.tr("Take the shown scan off the claim"))
        # Files dropped on a claim stay with it: a drop that cannot be attached says why (it is not passed on to
        # the window, which would take it for a plan workbook).
        self.viewer.set_accepting(c is not None)
        if c is None:
            self.viewer.empty.setText(self.tr("Select a claim to see its scans."))
        else:
            self.viewer.empty.setText(
                self.tr("No scans attached — drop files here or Attach…") if attach else self.tr("No scans attached.")
            )
        self._on_viewer_current_changed(self.viewer.current_key())

    def _tab(self, d: ClaimDocumentView) -> ViewerTab:
        kind = tr_text(document_kind(d.kind))
        text = self.tr("{kind}: {file}").format(kind=kind, file=d.filename)
        if d.proof_date is not None:
            text += " " + self.tr("({date})").format(date=date_text(d.proof_date))
        tip = self.tr("{kind}: {file}, added by {who}").format(kind=kind, file=d.filename, who=d.added_by)
        return ViewerTab(text, tip, d, d.sha256)

    def _read(self, key: object) -> tuple[bytes, str]:
        assert isinstance(key, ClaimDocumentView)
        return self.context.services.attachments.read(key.attachment_id)

    def check_text(self, d: ClaimDocumentView | None) -> str:
        """What the scan shown must say, from the claim's figures, so the clerk reads one against the other."""
        c = self.claim
        if c is None or d is None:
            return ""
        money = self.context.money
        head = self.tr("Check against the scan") + " — "
        if d.kind == DocumentKind.INVOICE:
            line = self.tr("invoice № {number} of {date}, {amount}").format(
                number=c.invoice_number, date=date_text(c.invoice_date), amount=money(c.invoice_amount, c.currency)
            )
            if c.vendor:
                line += ", " + self.tr("vendor {vendor}").format(vendor=c.vendor)
            return head + line
        if d.kind == DocumentKind.PAYMENT_ORDER:
            return head + self.tr("payment order № {number} of {date}, paid {amount}").format(
                number=c.payment_order_number or "—",
                date=date_text(c.payment_order_date) if c.payment_order_date else "—",
                amount=money(c.paid_amount, c.currency) if c.paid_amount is not None else "—",
            )
        if d.kind == DocumentKind.ACT:
            return head + self.tr("acceptance act № {number} of {date}").format(
                number=c.act_number or "—", date=date_text(c.act_date) if c.act_date else "—"
            )
        approved, month = self._claim_facts(c)
        return head + self.tr(
            "{kind} dated {date}; it must fall between the mockup's approval ({approved}) and the act ({act}); "
            "planned for {month}"
        ).format(
            kind=tr_text(document_kind(d.kind)),
            date=date_text(d.proof_date) if d.proof_date else self.tr("(no date)"),
            approved=date_text(approved) if isinstance(approved, dt.date) else "—",
            act=date_text(c.act_date) if c.act_date else "—",
            month=month or "—",
        )

    def _claim_facts(self, c: ClaimView) -> tuple[object, str]:
        """The day the claim's mockup was approved and its activity's planned month (read once per claim)."""
        if not self._facts:
            services = self.context.services
            try:
                mockup = services.mockups.get(c.mockup_id)
                approved = mockup.decided_on if mockup.status == MockupStatus.APPROVED else None
                activity = next(
                    (a for a in services.plans.activities(c.year, c.dealer_code) if a.id == c.activity_id), None
                )
            except CoopDeskError:
                approved, activity = None, None
            month = ""
            if activity is not None:
                name = QLocale(self.context.lang).standaloneMonthName(activity.month, QLocale.FormatType.LongFormat)
                month = f"{name} {c.year}"
            self._facts = {"approved": approved, "month": month}
        return self._facts["approved"], str(self._facts["month"])

    @Slot(object)
    def _on_viewer_current_changed(self, key: object) -> None:
        self.viewer.set_check_text(self.check_text(key if isinstance(key, ClaimDocumentView) else None))

    @Slot(object)
    def _on_viewer_window_requested(self, key: object) -> None:
        c = self.claim
        if c is None or not isinstance(key, ClaimDocumentView):
            return
        try:
            data, media_type = self._read(key)
        except CoopDeskError as exc:
            show_refusal(self, exc.lines())
            return
        title = self.tr("Claim {id} — {kind}: {file}").format(
            id=c.id, kind=tr_text(document_kind(key.kind)), file=key.filename
        )
        self.document_dialog = DocumentDialog(data, media_type, title, self)
        self.document_dialog.show()

    # -- attaching and removing ----------------------------------------------------------------
    @Slot()
    def _on_viewer_attach_requested(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach scans to the claim"),
            self.context.prefs.last_folder,
            self.tr("Scans: PDF or images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)"),
        )
        if paths:
            self.attach_files([Path(p) for p in paths])

    @Slot(list)
    def _on_viewer_files_dropped(self, files: list[Path]) -> None:
        self.drop_files(files)

    def drop_files(self, files: list[Path]) -> None:
        """Files dropped on the claim: attached, or a message why they cannot be (the role, the stage, the
        claim decided)."""
        if self.claim is None or not files:
            return
        if not self.viewer.attach_button.isEnabled():
            show_refusal(self, [self.viewer.attach_button.toolTip()])  # the gate's reason: role, stage, status
            return
        self.attach_files(files)

    def attach_files(self, files: list[Path]) -> int:
        """Ask the kind of each file (and a proof's date), then attach them one by one; a refusal is shown and
        stops there (what was attached before it stays). Returns how many were attached."""
        c = self.claim
        if c is None or not files or not self.viewer.attach_button.isEnabled():
            return 0
        today = self.context.services.ctx.today()
        carried = {d.kind for d in c.documents}
        wanted = [p.kind for p in c.proofs if p.kind not in carried]  # the channel's proofs not yet attached
        fallback = wanted[0] if wanted else DocumentKind.OTHER_PROOF
        dialog = AttachDialog(
            files, proof_date=min(c.act_date or today, today), latest=today, fallback=fallback, parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        claims, attached = self.context.services.claims, 0
        version = c.version
        for path, kind, proof_date in dialog.choices():
            try:
                changes = claims.attach(c.id, kind, path, proof_date=proof_date, expected_version=version)
            except CoopDeskError as exc:
                show_refusal(self, [self.tr("{file}: not attached").format(file=path.name), *exc.lines()])
                break
            attached += 1
            version += 1  # each attachment is a change of the claim
            self._publish(changes)
        if attached:
            self._select_newest = True
            self.changed.emit(c.id)
        return attached

    @Slot(object)
    def _on_viewer_remove_requested(self, key: object) -> None:
        c = self.claim
        if c is None or not isinstance(key, ClaimDocumentView):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the scan"),
            self.tr("Take the {kind} {file} off claim {id}? (The stored file stays: other claims may use it.)").format(
                kind=tr_text(document_kind(key.kind)), file=key.filename, id=c.id
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        changes = self.context.attempt(self, self.context.services.claims.detach, key.id, expected_version=c.version)
        if changes is not None:
            self.changed.emit(c.id)

    def _publish(self, changes: Changes) -> None:
        self.context.publish(changes)
