"""The spec, the Windows installer script, the Linux .desktop file and the version stay in step (issue 15).

Nothing is built here (fast): the files are read as text. The Windows build cannot run on Linux, so
these are what keeps its recipe true.
"""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image

from coop_desk import __version__, packaging

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "coop-desk.spec"
ISS = ROOT / "packaging" / "windows" / "coopdesk.iss"
DESKTOP = ROOT / "packaging" / "linux" / "coopdesk.desktop"


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.M))


def _spec_constant(name: str) -> str:
    match = re.search(rf'^{name} = "([^"]+)"', SPEC.read_text(encoding="utf-8"), re.M)
    assert match, f"{SPEC.name} has no {name}"
    return match[1]


def test_the_version_is_read_from_coop_desk() -> None:
    init = (ROOT / "coop_desk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', init, re.M)  # the spec's own regex
    assert found is not None and found[1] == __version__
    assert 'coop_desk" / "__init__.py"' in SPEC.read_text(encoding="utf-8")


def test_the_installer_has_the_programs_version() -> None:
    defines = _defines(ISS.read_text(encoding="utf-8"))
    assert defines["AppVersion"] == __version__
    assert "AppVersion={#AppVersion}" in ISS.read_text(encoding="utf-8")


def test_the_names_agree_in_the_spec_the_installer_and_the_build_command() -> None:
    assert _spec_constant("APP_NAME") == packaging.APP_NAME
    assert _spec_constant("CLI_NAME") == packaging.CLI_NAME
    defines = _defines(ISS.read_text(encoding="utf-8"))
    assert defines["AppExe"] == packaging.APP_NAME + ".exe"
    assert defines["CliExe"] == packaging.CLI_NAME + ".exe"
    assert defines["BuildDir"].replace("\\", "/").endswith("dist/" + packaging.APP_NAME)  # the default --dist
    assert f"Exec=/opt/{packaging.APP_NAME}/{packaging.APP_NAME}" in DESKTOP.read_text(encoding="utf-8")


def test_the_installer_is_per_user_with_a_start_menu_entry_and_an_uninstaller() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text
    assert "DefaultDirName={localappdata}\\Programs\\CoopDesk" in text
    assert re.search(r'^Name: "\{userprograms\}\\CoopDesk"; Filename: "\{app\}\\\{#AppExe\}"', text, re.M)
    assert "Uninstallable=no" not in text and "UninstallDisplayIcon={app}\\{#AppExe}" in text


def test_the_windowed_program_has_no_console_and_both_have_the_icon() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "name=APP_NAME, console=False" in spec
    assert "name=CLI_NAME, console=True" in spec
    with Image.open(ROOT / "packaging" / "windows" / "coopdesk.ico") as icon:
        assert icon.format == "ICO" and (256, 256) in icon.info["sizes"]
    with Image.open(ROOT / "packaging" / "linux" / "coopdesk.png") as png:
        assert png.size == (256, 256)


def test_the_readme_builds_what_the_spec_builds() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for words in ("py -3.11 -m venv", "pip install .[build]", "py -m coop_desk.packaging", "dist\\CoopDesk\\"):
        assert words in readme, words
    assert "packaging\\windows\\coopdesk.iss" in readme
