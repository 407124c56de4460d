"""The main window: the composition root of the UI. It assembles views and actions, nothing more."""

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QMainWindow, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from editor_app.storage.documents import OpenedDocument, open_document
from editor_app.storage.errors import FileProblem


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.opened: OpenedDocument | None = None
        self.setWindowTitle("editor-app")
        self.resize(1200, 800)
        self.article_view = QPlainTextEdit()
        self.article_view.setObjectName("articleView")
        self.article_view.setReadOnly(True)
        self.article_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.article_view.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.article_view.setFont(font)
        side = QWidget()
        layout = QVBoxLayout(side)
        self.summary = QLabel("No article open")
        layout.addWidget(self.summary)
        layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.article_view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

    def open_article(self, path: Path | str) -> bool:
        """Open an article and its sidecar; problems go to the status bar, never to a modal dialog."""
        try:
            opened = open_document(Path(path))
        except FileProblem as exc:
            self.statusBar().showMessage(exc.located())
            return False
        self.opened = opened
        doc = opened.document
        self.article_view.setPlainText(doc.text)
        self.setWindowTitle(f"{opened.article_path.name} - editor-app")
        self.summary.setText(
            f"{len(doc.entities)} entities, {len(doc.quotes)} quotes, {len(doc.corrections)} corrections"
        )
        notes = "; ".join(w.message for w in opened.warnings[:1])
        self.statusBar().showMessage(notes or f"Opened {opened.article_path.name}")
        return True
