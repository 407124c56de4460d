"""Install editor-app's desktop integration for the current user (``make install-desktop``).

    python3 packaging/linux/install_desktop.py [--exec PROGRAM] [--data-dir DIR] [--uninstall]

Puts the .desktop file in DIR/applications (its Exec pointing at PROGRAM), the icons in
DIR/icons/hicolor, the sidecars' MIME type in DIR/mime/packages and the AppStream metainfo in
DIR/metainfo, then refreshes the desktop and MIME databases when their tools are installed. DIR is
$XDG_DATA_HOME, else ~/.local/share. PROGRAM defaults to the bundle (dist/editor-app/editor-app) when it
was built, else .venv/bin/editor-app, else editor-app on the PATH. Standard library only: no Qt needed.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP_ID = "io.github.editor_app.EditorApp"
ICON_NAME = "editor-app"
DESKTOP = HERE / f"{APP_ID}.desktop"
METAINFO = HERE / f"{APP_ID}.metainfo.xml"
MIME = HERE / "editor-app-annotations.xml"
ICONS = ROOT / "resources" / "icons"
_PLAIN_ARGUMENT = re.compile(r"[A-Za-z0-9_./+,:@=-]+")


def data_dir() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def default_program() -> str | None:
    for candidate in (ROOT / "dist" / "editor-app" / "editor-app", ROOT / ".venv" / "bin" / "editor-app"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("editor-app")


def exec_argument(program: str) -> str:
    """``program`` as the first word of a desktop entry's Exec value (quoted and escaped as the spec asks)."""
    if _PLAIN_ARGUMENT.fullmatch(program):
        return program
    quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", program) + '"'
    # Exec is a string value too: its backslashes are escaped once more, and % is doubled.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(program: str) -> str:
    """The packaged .desktop file with Exec and TryExec pointing at ``program``."""
    lines = []
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_argument(program) + " " + line.split(" ", 1)[1]
        elif line.startswith("TryExec="):
            line = "TryExec=" + program.replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned(target: Path) -> dict[Path, Path | None]:
    """Installed file -> packaged source (None: the .desktop file, written from :func:`desktop_entry`)."""
    files: dict[Path, Path | None] = {
        target / "applications" / DESKTOP.name: None,
        target / "metainfo" / METAINFO.name: METAINFO,
        target / "mime" / "packages" / MIME.name: MIME,
        target / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg": ICONS / f"{ICON_NAME}.svg",
    }
    for png in sorted((ICONS / "hicolor").glob(f"*/apps/{ICON_NAME}.png")):
        files[target / "icons" / "hicolor" / png.relative_to(ICONS / "hicolor")] = png
    return files


def install(program: str, target: Path) -> list[Path]:
    written = []
    for path, source in planned(target).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            path.write_text(desktop_entry(program), encoding="utf-8")
        else:
            shutil.copyfile(source, path)
        written.append(path)
    return written


def uninstall(target: Path) -> list[Path]:
    removed = []
    for path in planned(target):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def refresh(target: Path) -> list[str]:
    """Run the cache updaters that are installed; returns what was run (a missing tool is skipped)."""
    commands = [
        ["update-mime-database", str(target / "mime")],
        ["update-desktop-database", str(target / "applications")],
    ]
    hicolor = target / "icons" / "hicolor"
    if (hicolor / "icon-theme.cache").exists():
        # Only refresh a cache someone made: a new one would hide icons other programs add later.
        commands.append(["gtk-update-icon-cache", "--force", "--ignore-theme-index", str(hicolor)])
    ran = []
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
            ran.append(" ".join(command))
    return ran


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exec", dest="program", help="the editor-app program the menu entry starts")
    parser.add_argument("--data-dir", type=Path, help="where to install (default: $XDG_DATA_HOME)")
    parser.add_argument("--uninstall", action="store_true", help="remove what an install put there")
    parser.add_argument("--no-refresh", action="store_true", help="do not run the cache updaters")
    options = parser.parse_args(argv)
    target = options.data_dir or data_dir()
    if options.uninstall:
        for path in uninstall(target):
            print(f"removed {path}")
    else:
        program = options.program or default_program()
        if program is None:
            print(
                "install-desktop: no editor-app program found; run `make dist` first, "
                "or pass --exec /path/to/editor-app",
                file=sys.stderr,
            )
            return 1
        for path in install(str(Path(program).resolve()) if os.sep in program else program, target):
            print(f"installed {path}")
        print(f"the menu entry starts {program}")
    if not options.no_refresh:
        for command in refresh(target):
            print(f"ran {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
