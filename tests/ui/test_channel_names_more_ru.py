"""Channel names where the window still showed codes (issue 14, point 5): the dealer page's plan, the mockup
submission dialog's activity list and the Settings Programme tab's channel list ("code — name", read back to
the codes)."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.dealer_page import DealerPage
from ui.screens.mockup_submit import MockupSubmitDialog
from ui.screens.settings import SettingsScreen, channel_code, channel_line


def _codes(programme: Programme) -> dict[str, str]:
    """The year's channel codes whose Russian name differs from the code, with that name."""
    names = programme.services.years.get(programme.year).channel_names
    return {code: ru for code, ru, _en in names.channels if ru != code}


def test_the_dealer_page_and_the_mockup_dialog_name_channels_in_russian(
    qtbot, russian: None, execution: Programme, tmp_path: Path
) -> None:
    codes = _codes(execution)
    context = make_context(execution, tmp_path, lang="ru")
    page = DealerPage(context, execution.facts.payer)  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    table = page.plan.table
    channels = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert channels and not channels & set(codes) and channels <= set(codes.values())
    dialog = MockupSubmitDialog(context)
    qtbot.addWidget(dialog)
    items = [dialog.activity.itemText(i) for i in range(dialog.activity.count())]
    assert items
    assert not any(f"— {code}," in item for item in items for code in codes)
    assert all(any(f"— {name}," in item for name in codes.values()) for item in items)


def test_the_programme_tab_lists_code_and_name_and_reads_back_the_codes(
    qtbot, russian: None, execution: Programme, tmp_path: Path
) -> None:
    view = execution.services.years.get(execution.year)
    context = make_context(execution, tmp_path, lang="ru")
    settings = open_screen(qtbot, SettingsScreen, context)
    settings.refresh()
    lines = settings.channels.toPlainText().splitlines()
    assert lines == [channel_line(c, view.channel(c, "ru")) for c in view.channels]
    assert "outdoor — наружная реклама" in lines
    assert "channels" not in settings.changed_settings()[0]  # shown with names, the codes are unchanged
    settings.channels.setPlainText("\n".join([*lines, "trams", "buses — автобусы"]))
    assert list(settings.changed_settings()[0]["channels"]) == [*view.channels, "trams", "buses"]
    assert channel_code("TV") == "TV" and channel_code("  radio — радио ") == "radio"
