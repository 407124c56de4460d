"""The README's screenshots: the window on the annotated sample article, with suggestions shown.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshots.py

writes docs/screenshot.png (light palette), docs/screenshot-dark.png (dark palette, label tags on) and
docs/screenshot-es.png (Spanish), and the other modes in SHOTS (the folder view on articles with long file
names, Find in folder over those articles, the review card, the speaker picker, tracked changes, the
adjudication card and the agreement view). Each is taken in its own process: the language and the palette
are chosen before the window is built. ``--only MODE`` takes one; ``--out FOLDER`` writes elsewhere. The
articles and the golden sidecar are copied to a temporary folder, and the settings are kept there too, so
nothing of the user's is read or changed.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's editor_app, whichever one the venv has installed
SAMPLE = ROOT / "resources" / "samples" / "cbp-commissioner-magnus.txt"
GOLDEN = ROOT / "tests" / "data" / "golden" / f"{SAMPLE.name}.annotations.yaml"
ARTICLES = ROOT / "tests" / "data" / "articles"
SHOTS = {
    "light": "screenshot.png",
    "dark": "screenshot-dark.png",
    "es": "screenshot-es.png",
    "tracked": "screenshot-tracked-changes.png",
    "tracked-dark": "screenshot-tracked-changes-dark.png",
    "review": "screenshot-review.png",
    "picker": "screenshot-speaker-picker.png",
    "folder": "screenshot-folder.png",
    "adjudication": "screenshot-adjudication.png",
    "agreement": "screenshot-agreement.png",
    "find-folder": "screenshot-find-in-folder.png",
}
TEAM = ("adjudication", "agreement")
"""Modes over two annotators' copies of the sample (tests/annotators.py) rather than its golden sidecar."""
LONG_NAMES = {
    SAMPLE: "2022-11-12_cbp-commissioner-chris-magnus-resigns-after-clash-with-dhs.txt",
    ARTICLES
    / "border-wall-hearing.txt": "2023-02-07_senate-hearing-border-spending-surveillance-contract.txt",
    ARTICLES
    / "council-budget.txt": "2023-06-21_millbrook-city-council-passes-48-million-budget-after-long-night.txt",
    ARTICLES
    / "hospital-strike.txt": "2023-09-03_nurses-at-st-brigid-and-lakeview-general-vote-to-strike.txt",
    ARTICLES / "river-flood.txt": "2024-04-13_pine-river-flood-waters-recede-leaving-damage-in-harlow.txt",
}
"""The folder shot: articles under the long names a wire service or a CMS export gives them."""


def dark_palette() -> "QPalette":  # type: ignore[name-defined]  # noqa: F821
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for which, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.ToolTipBase, "#3a3a3a"),
        (role.ToolTipText, "#e6e6e6"),
        (role.PlaceholderText, "#8a8a8a"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff6b6b"),
        (role.Highlight, "#3d7ab8"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#8ec5ea"),
        (role.Light, "#4a4a4a"),
        (role.Midlight, "#3c3c3c"),
        (role.Mid, "#2f2f2f"),
        (role.Dark, "#1a1a1a"),
        (role.Shadow, "#000000"),
    ):
        palette.setColor(which, QColor(colour))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, which, QColor("#7a7a7a"))
    return palette


def take(mode: str, out: Path) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    work = Path(tempfile.mkdtemp(prefix="editor-app-shots-"))
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")  # the folder index, kept with the rest
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    folder_view = mode in ("folder", "find-folder")
    if folder_view:
        folder = work / "desk"
        folder.mkdir()
        for source, name in LONG_NAMES.items():
            shutil.copyfile(source, folder / name)
        article = folder / LONG_NAMES[SAMPLE]
        shutil.copyfile(GOLDEN, folder / f"{article.name}.annotations.yaml")
    else:
        article = work / SAMPLE.name
        shutil.copyfile(SAMPLE, article)
    if mode not in TEAM and not folder_view:
        shutil.copyfile(GOLDEN, work / GOLDEN.name)

    app = QApplication(sys.argv[:1])
    app.setApplicationName("editor-app")
    app.setOrganizationName("editor-app")
    app.setStyle("Fusion")
    dark = mode in ("dark", "tracked-dark")
    if dark:
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    settings = QSettings("editor-app", "editor-app")
    settings.setValue("author", "Ana Reyes")
    settings.setValue("view/label_tags", dark)

    from editor_app.ui.i18n import install_translators
    from editor_app.ui.main_window import MainWindow

    install_translators("es" if mode == "es" else "en")
    window = MainWindow()
    window.resize(1380, 860)
    window.show()
    opened = window.open_folder(article.parent) if folder_view else window.open_article(article)
    if not opened:
        raise SystemExit(f"could not open {article}")
    if not folder_view and mode not in TEAM:
        window.suggesting.start()
        window.suggesting.wait()
    for _ in range(20):
        app.processEvents()
    shot: QWidget = window
    if mode in TEAM:
        shot = stage_team(window, work, mode)
    elif mode.startswith("tracked"):
        stage_tracked_changes(window)
    elif mode == "review":
        window.review.start()
    elif mode == "picker":
        stage_picker(window)
    elif not folder_view:
        window.suggesting.next_suggestion()  # a current annotation, outlined, its row selected
    window.entities_panel.expandAll()
    for _ in range(20):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    picture = shot.grab()
    if mode == "find-folder":
        picture = stage_find_in_folder(window, picture, app)
    if not picture.save(str(out)):
        raise SystemExit(f"could not write {out}")
    window.notices.ask_unsaved = lambda _name: QMessageBox.StandardButton.Discard
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    print(out)


def stage_tracked_changes(window: "MainWindow") -> None:  # type: ignore[name-defined]  # noqa: F821
    """The paragraph with the misspelt name and place: corrections struck through, replacements beside."""
    from editor_app.ui.annotator import Target

    doc = window.workspace.doc
    mangus = next(c for c in doc.corrections if c.span.text == "Mangus")
    window.annotator.set_current(Target(mangus.id))
    window.article_view.select_range(mangus.span.start, mangus.span.start)
    window.article_view.centerCursor()


def stage_find_in_folder(window: "MainWindow", shot: "QPixmap", app: "QApplication") -> "QPixmap":  # type: ignore[name-defined]  # noqa: F821
    """Ctrl+Shift+F, "magnus" typed: the hits over every article, drawn where the dialog opens."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    window.actions_by_id["edit.find_in_folder"].trigger()
    finder = window.find_in_folder
    dialog = finder.dialog
    assert dialog is not None
    scan = window.folders.scan
    if scan is not None:
        scan.wait()
    for _ in range(20):
        app.processEvents()
    dialog.field.setText("magnus")
    finder.search()
    dialog.resize(980, 440)
    for _ in range(20):
        app.processEvents()
    picture = dialog.grab()
    painter = QPainter(shot)
    where = QPoint((shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 2)
    painter.fillRect(
        where.x() - 1, where.y() - 1, picture.width() + 2, picture.height() + 2, window.palette().mid()
    )
    painter.drawPixmap(where, picture)
    painter.end()
    dialog.close()
    return shot


def stage_picker(window: "MainWindow") -> None:  # type: ignore[name-defined]  # noqa: F821
    """S on a quote with nothing selected: the picker, "mag" typed."""
    from editor_app.ui.annotator import Target

    quote = next(q for q in window.workspace.doc.quotes if "I expressed" in q.span.text)
    window.article_view.select_range(quote.span.start, quote.span.start)
    window.annotator.set_current(Target(quote.id))
    window.annotator.speaker()
    window.entity_picker.field.setText("mag")


def stage_team(window: "MainWindow", work: Path, mode: str) -> "QWidget":  # type: ignore[name-defined]  # noqa: F821
    """Two annotators' folders (ana, ben): the card on the quote they gave different speakers, with
    ben's version chosen, the adjudicator's folder open; or the agreement view over their folders, a
    second article added."""
    sys.path.insert(0, str(ROOT))
    from tests.annotators import annotator_folders

    ana, ben = annotator_folders(work / "annotators")
    if mode == "agreement":
        from editor_app.model import Entity, Mention
        from editor_app.storage import save_sidecar, sidecar_path
        from editor_app.storage.documents import open_document

        for folder, labels in ((ana, ("PERSON", "ORG")), (ben, ("PERSON", "GPE"))):
            brief = folder / "briefing.txt"
            text = "Mayorkas spoke to reporters at DHS headquarters in Washington.\n"
            brief.write_text(text, encoding="utf-8")
            doc = open_document(brief).document
            for number, (words, label) in enumerate(zip(("Mayorkas", "DHS"), labels, strict=True)):
                start = doc.text.index(words)
                mention = Mention(start, start + len(words), words)
                doc.entities.append(Entity(f"e-{number}", label, words, by=folder.name, mentions=(mention,)))
            save_sidecar(doc, sidecar_path(brief))
        window.adjudication.sources = [ana, ben]
        view = window.adjudication.show_agreement()
        assert view is not None
        view.resize(760, 600)
        return view
    # The adjudicator's folder: the sample and a briefing; the round compares the open article
    gold = work / "gold"
    gold.mkdir()
    shutil.copyfile(SAMPLE, gold / SAMPLE.name)
    for folder in (ana, ben, gold):
        (folder / "dhs-briefing.txt").write_text(
            "Mayorkas spoke to reporters at DHS headquarters in Washington.\n", encoding="utf-8"
        )
    window.open_folder(gold)
    window.folder_adjudication.ask_sources = lambda _folder: [ana, ben]
    window.folder_adjudication.compare()
    window.adjudication.step(1)
    window.adjudication.choose(1)
    window.entities_panel.expandAll()
    window.entities_panel.clearSelection()  # the first card's entity; this one is a quote
    return window


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=sorted(SHOTS))
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    if args.only:
        take(args.only, args.out / SHOTS[args.only])
        return 0
    for mode in SHOTS:
        subprocess.run([sys.executable, __file__, "--only", mode, "--out", str(args.out)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
