"""Linux desktop integration under packaging/linux/: menu entry, AppStream metainfo, MIME type, icons.

The XML and .desktop checks need nothing installed; the official validators run when present
(Debian: `apt-get install appstream desktop-file-utils shared-mime-info`) and are skipped, saying so,
when not.
"""

import configparser
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor_app import __version__
from editor_app.storage.sidecar_write import SIDECAR_SUFFIX
from tests.packaging.helpers import LINUX, PACKAGING, ROOT, load_script

installer = load_script(LINUX / "install_desktop.py")
render_icons = load_script(PACKAGING / "render_icons.py")

APP_ID = installer.APP_ID
MIME_TYPE = "application/x-editor-app-annotations"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "editor-app-annotations.xml"
SVG = ROOT / "resources" / "icons" / "editor-app.svg"


def desktop_entry(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return dict(parser["Desktop Entry"])


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: see this module's docstring)")
    return found


# The menu entry --------------------------------------------------------------------------------------


def test_the_menu_entry_opens_articles_and_annotation_files_with_the_app_icon():
    entry = desktop_entry(DESKTOP.read_text(encoding="utf-8"))
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "editor-app %f"
    assert entry["Icon"] == installer.ICON_NAME == render_icons.ICON_NAME
    assert entry["Terminal"] == "false"
    mime_types = entry["MimeType"].rstrip(";").split(";")
    assert {"text/plain", "text/markdown", MIME_TYPE} <= set(mime_types)
    assert entry["Categories"].startswith("Office;")


def test_the_menu_entry_passes_desktop_file_validate():
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning:" not in result.stdout, result.stdout


# AppStream ---------------------------------------------------------------------------------------------


def test_the_metainfo_names_the_menu_entry_the_licences_and_this_version():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "Apache-2.0"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("name") == "editor-app"
    summary = root.findtext("summary") or ""
    assert 0 < len(summary) <= 80
    assert not summary.endswith(".")
    assert root.find("description/p") is not None
    assert root.find("content_rating") is not None
    releases = root.findall("releases/release")
    assert releases
    assert releases[0].get("version") == __version__, "add a <release> for the new version"
    assert releases[0].get("date")
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("provides/binary") == "editor-app"


def test_the_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


# The MIME type of the sidecars ---------------------------------------------------------------------------


def test_the_mime_type_matches_sidecar_names_and_their_first_line():
    root = ET.parse(MIME).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == [f"*{SIDECAR_SUFFIX}"]
    parents = {s.get("type") for s in mime_type.findall(f"{MIME_NS}sub-class-of")}
    assert "application/yaml" in parents
    match = mime_type.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert match is not None
    assert match.get("offset") == "0"
    golden = ROOT / "tests" / "data" / "golden" / "cbp-commissioner-magnus.txt.annotations.yaml"
    assert golden.read_text(encoding="utf-8").startswith(match.get("value") or "?")


def test_update_mime_database_takes_the_mime_type(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(MIME, packages / MIME.name)
    result = subprocess.run(
        [tool("update-mime-database"), str(tmp_path / "mime")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*{SIDECAR_SUFFIX}" in globs
    subclasses = (tmp_path / "mime" / "subclasses").read_text(encoding="utf-8")
    assert f"{MIME_TYPE} application/yaml" in subclasses


# Icons -----------------------------------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_svg_icon_is_square_svg():
    root = ET.parse(SVG).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 64 64"


def test_every_png_size_is_there_at_its_size():
    for size in render_icons.SIZES:
        path = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "editor-app.png"
        assert png_size(path) == (size, size)


def test_render_icons_draws_the_svg_at_each_size(tmp_path):
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "render_icons.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    for size in render_icons.SIZES:
        path = tmp_path / f"{size}x{size}" / "apps" / "editor-app.png"
        assert png_size(path) == (size, size)


# make install-desktop --------------------------------------------------------------------------------------


def test_install_desktop_puts_everything_in_the_users_data_folder_and_uninstall_removes_it(tmp_path):
    program = "/opt/news tools/editor-app"
    assert installer.main(["--data-dir", str(tmp_path), "--exec", program, "--no-refresh"]) == 0
    installed = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        "mime/packages/editor-app-annotations.xml",
        "icons/hicolor/scalable/apps/editor-app.svg",
        "icons/hicolor/16x16/apps/editor-app.png",
        "icons/hicolor/256x256/apps/editor-app.png",
    } <= installed
    entry = desktop_entry((tmp_path / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8"))
    assert entry["Exec"] == '"/opt/news tools/editor-app" %f'
    assert entry["TryExec"] == program
    assert installer.main(["--data-dir", str(tmp_path), "--uninstall", "--no-refresh"]) == 0
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_the_installed_menu_entry_still_validates(tmp_path):
    validate = tool("desktop-file-validate")
    installer.install("/opt/news tools/editor$app", tmp_path)
    result = subprocess.run(
        [validate, str(tmp_path / "applications" / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("program", "argument"),
    [
        ("/usr/bin/editor-app", "/usr/bin/editor-app"),
        ("/opt/news tools/editor-app", '"/opt/news tools/editor-app"'),
        ('/opt/a"b/editor-app', '"/opt/a\\\\"b/editor-app"'),
        ("/opt/$HOME/editor-app", '"/opt/\\\\$HOME/editor-app"'),
        ("/opt/100%/editor-app", '"/opt/100%%/editor-app"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_asks(program, argument):
    assert installer.exec_argument(program) == argument
