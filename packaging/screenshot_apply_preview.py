"""The README's screenshot of the preview before Tools > Apply (docs/screenshot-apply-preview.png).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshot_apply_preview.py

The sample article and its golden sidecar are copied to a temporary folder, given a few corrections of
the kinds the copy desk makes (accepted, open, one inside a direct quote, the boilerplate at the end),
and opened in the window; Tools > Apply opens the preview, and the screen is saved with it on top.
Nothing is applied, and nothing of the user's is read or changed (the settings are kept there too).
"""

import argparse
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "cbp-commissioner-magnus.txt"
GOLDEN = ROOT / "tests" / "data" / "golden" / f"{SAMPLE.name}.annotations.yaml"


def corrected_copy(folder: Path) -> Path:
    """The sample with its golden sidecar and the corrections the screenshot shows."""
    from editor_app.model import Correction
    from editor_app.storage.documents import open_document, save_document

    article = folder / SAMPLE.name
    shutil.copyfile(SAMPLE, article)
    shutil.copyfile(GOLDEN, folder / GOLDEN.name)
    opened = open_document(article)
    doc = opened.document
    text = doc.text

    def at(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    doc.corrections = [replace(c, status="accepted") for c in doc.corrections] + [
        Correction(
            "c-tucson", doc.span(*at("Tuscon")), "Tucson", "spelling", "accepted", by="rule:gazetteer"
        ),
        Correction(
            "c-forward",
            doc.span(*at("forward continuing")),
            "forward to continuing",
            "grammar",
            "accepted",
            "Missing “to”",
            by="Copy Desk",
        ),
        Correction(
            "c-commish",
            doc.span(*at("Customs and Border Protection Commissioner")),
            "CBP Commissioner",
            "style",
            "open",
            "House style: CBP after first reference",
            by="Copy Desk",
        ),
        Correction(
            "c-paywall",
            doc.span(text.index("\n\nOnly subscribers"), len(text)),
            "",
            "boilerplate",
            "accepted",
            "Paywall and password form",
            by="rule:boilerplate",
        ),
    ]
    save_document(opened)
    return article


def take(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor, QPainter, QPen
    from PySide6.QtWidgets import QApplication, QDialog

    work = Path(tempfile.mkdtemp(prefix="editor-app-shots-"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    app = QApplication(sys.argv[:1])
    app.setApplicationName("editor-app")
    app.setOrganizationName("editor-app")
    app.setStyle("Fusion")
    QSettings("editor-app", "editor-app").setValue("author", "Ana Reyes")
    article = corrected_copy(work)

    from editor_app.ui.i18n import install_translators
    from editor_app.ui.main_window import MainWindow

    install_translators("en")
    window = MainWindow()
    window.resize(1380, 860)
    window.move(10, 10)
    window.show()
    if not window.open_article(article):
        raise SystemExit(f"could not open {article}")
    window.actions_by_id["tools.apply"].trigger()
    for _ in range(30):
        app.processEvents()
    preview = window.findChild(QDialog, "applyPreview")
    if preview is None or not preview.isVisible():
        raise SystemExit("Tools > Apply did not open the preview")
    screen = app.primaryScreen()
    area = window.frameGeometry()
    shot = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height()) if screen else None
    if shot is None or shot.isNull():
        raise SystemExit("could not grab the screen (run under xvfb-run)")
    # No window manager under Xvfb, so no frame: outline the dialog to set it off from the window.
    painter = QPainter(shot)
    painter.setPen(QPen(QColor("#505050"), 2))
    painter.drawRect(preview.frameGeometry().translated(-area.x(), -area.y()).adjusted(-1, -1, 0, 0))
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not shot.save(str(out)):
        raise SystemExit(f"could not write {out}")
    for dialog in app.topLevelWidgets():
        if dialog is not window:
            dialog.close()
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    print(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot-apply-preview.png")
    take(parser.parse_args().out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
