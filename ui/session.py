"""Opening databases, the first start (demo or a new year) and starting a year: the shell's use of the services."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coop_desk.errors import CoopDeskError

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.tasks import Job, TaskHandle


def open_services(parent: QWidget | None, url: str) -> Any | None:
    """Services on a database URL (created and migrated as needed); a polite message if it cannot open.

    A server that asks for a password (none in the URL, as recent databases are stored) or refuses the one
    given asks the person for it; the password stays in memory, in the URL of this connection only."""
    from coop_desk.connection_errors import BAD_PASSWORD, NO_PASSWORD, ConnectionRefused
    from coop_desk.database import shown_url, with_password

    while True:
        outcome = _try_open(url)
        if not isinstance(outcome, BaseException):
            break
        if isinstance(outcome, ConnectionRefused) and outcome.kind in (NO_PASSWORD, BAD_PASSWORD):
            from ui.dialogs import DatabasePasswordDialog

            dialog = DatabasePasswordDialog(parent, where=shown_url(url), problem=opening_problem(outcome, url))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            url = with_password(url, dialog.password.text())
            continue
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Session", "Cannot open the database"),
            QCoreApplication.translate("Session", "{0} could not be opened:\n{1}").format(
                shown_url(url), opening_problem(outcome, url)
            ),
        )
        return None
    services = outcome
    from ui.sign_in import ensure_signed_in

    if not ensure_signed_in(parent, services, where=url.split("@")[-1]):  # a shared database: people sign in
        services.ctx.db.dispose()
        return None
    return services


def _try_open(url: str) -> Any:
    """Services on ``url``, or the error that kept it from opening."""
    from sqlalchemy.exc import SQLAlchemyError

    from coop_desk.database import open_for_work

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    services = None
    try:
        services = open_for_work(url)  # as the command line opens it: a shared database must be at this schema
        services.years.latest_year()
    except (SQLAlchemyError, OSError, CoopDeskError, ValueError) as exc:
        if services is not None:
            services.ctx.db.dispose()
        return exc
    finally:
        QGuiApplication.restoreOverrideCursor()
    return services


def opening_problem(exc: BaseException, url: str = "") -> str:
    """Why a database did not open, in the window's language: a refusal of the services or of the schema
    check (not CoopDesk's, newer, not a database) or a server of ``url`` that could not be used is
    translated; anything else is shown as it came, without any password."""
    from coop_desk.database import masked, opening_refusal
    from ui.text import tr_lines

    refusal = opening_refusal(exc, url)
    return "\n".join(tr_lines(refusal.lines())) if refusal is not None else masked(str(exc))


def offer_first_start(window: MainWindow) -> None:
    """The database holds no programme year: offer the demo or a new year."""
    from ui.dialogs import FirstStartDialog

    ctx = window.context
    use_case = "years.create_year"
    choice = FirstStartDialog(window, may_start=ctx.may(use_case), why_not=ctx.role_refusal(use_case)).exec()
    if choice == FirstStartDialog.DEMO:
        build_demo(window)
    elif choice == FirstStartDialog.NEW_YEAR:
        start_year(window)


def start_year(window: MainWindow) -> bool:
    from ui.dialogs import NewYearDialog

    ctx = window.context
    latest = ctx.services.years.latest_year()
    dialog = NewYearDialog(window, suggested_year=(latest + 1) if latest else None)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        year = dialog.year.value()
        if ctx.attempt(window, ctx.services.years.create_year, year, **dialog.settings()) is not None:
            ctx.hub.years_listed.emit()
            window.set_year(year)
            return True
    return False


def build_demo(window: MainWindow, *, dealers: int = 40) -> TaskHandle:
    """Build the demo programme into its own demo.sqlite in the background, then open it."""
    import datetime as dt

    from coop_desk.database import default_data_dir, sqlite_url
    from ui.dialogs import TaskProgressDialog

    path = default_data_dir() / "demo.sqlite"
    year = dt.date.today().year + 1

    def task(_services: None, job: Job) -> str:
        from coop_desk.database import services_on
        from coop_desk.demo import DemoCancelled, DemoProgramme

        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            target = path.with_name(path.name + suffix)
            if target.exists():
                target.unlink()
        services = services_on(sqlite_url(path))
        try:
            demo = DemoProgramme(
                services,
                year=year,
                dealers=dealers,
                progress=job.progress,
                should_cancel=job.should_cancel,
            )
            demo.run()
        except DemoCancelled:
            return ""
        finally:
            services.ctx.db.dispose()
        return sqlite_url(path)

    handle = window.context.tasks.run(
        task,
        description=QCoreApplication.translate("Session", "Building the demo programme…"),
        write=True,
        with_services=False,
    )
    dialog = TaskProgressDialog(handle, QCoreApplication.translate("Session", "Demo programme"), window)
    handle.succeeded.connect(window.open_database)
    handle.refused.connect(dialog.close)
    dialog.show()
    return handle
