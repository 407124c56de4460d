"""The current annotation, shown in step in the article and the panels, and said in words.

Clicking an annotation in the article selects its row; choosing a row flashes its words. The article
view's accessible description names the current annotation for screen readers.
"""

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from editor_app.model.records import Correction, Entity, Quote
from editor_app.ui.annotator import Annotator, Target
from editor_app.ui.article_view import ArticleView
from editor_app.ui.item_models import (
    CorrectionModel,
    EntityModel,
    MentionRole,
    QuoteModel,
    RecordIdRole,
    describe_correction,
    describe_mention,
)


class CurrentSync:
    def __init__(
        self,
        annotator: Annotator,
        view: ArticleView,
        panels: tuple[QTreeView, QAbstractItemView, QAbstractItemView],
        models: tuple[EntityModel, QuoteModel, CorrectionModel],
    ):
        self.annotator = annotator
        self.view = view
        self.entities_panel, self.quotes_panel, self.corrections_panel = panels
        self.entity_model, self.quote_model, self.correction_model = models
        self._syncing = False
        annotator.on_current = self.show_current
        view.clicked.connect(lambda position: annotator.set_current(annotator.target_at(position)))
        for panel in panels:
            panel.selectionModel().currentChanged.connect(self.row_chosen)
            panel.clicked.connect(self.row_chosen)

    def row_chosen(self, index: QModelIndex) -> None:
        if self._syncing or not index.isValid():
            return
        record_id = index.data(RecordIdRole)
        mention = index.data(MentionRole) if index.model() is self.entity_model else None
        target = Target(record_id, mention)
        self.annotator.set_current(target, notify=False)
        self.describe(target)
        span = self.annotator.span_of(target)
        if span is not None:
            self.view.flash(*span)

    def show_current(self, target: Target | None) -> None:
        """Select the row of the current annotation in its panel, and say what it is."""
        self.describe(target)
        if target is None:
            return
        record = self.annotator.doc.find(target.record_id)
        self._syncing = True
        try:
            if isinstance(record, Entity):
                _select(self.entities_panel, self.entity_model.index_of(target.record_id, target.mention))
            elif isinstance(record, Quote):
                _select(self.quotes_panel, self.quote_model.index(self.quote_model.row_of(record.id), 0))
            elif isinstance(record, Correction):
                row = self.correction_model.row_of(record.id)
                _select(self.corrections_panel, self.correction_model.index(row, 0))
        finally:
            self._syncing = False

    def describe(self, target: Target | None) -> None:
        record = self.annotator.doc.find(target.record_id) if target is not None else None
        text: str | None = None
        if isinstance(record, Entity):
            mention = next(
                (m for m in record.mentions if target and (m.start, m.end) == target.mention),
                record.mentions[0] if record.mentions else None,
            )
            text = describe_mention(record, mention) if mention is not None else None
        elif isinstance(record, Quote):
            text = self.quote_model.describe_quote(record)
        elif isinstance(record, Correction):
            text = describe_correction(record)
        self.view.describe_current(text)


def _select(view: QAbstractItemView, index: QModelIndex) -> None:
    if index.isValid():
        if index.parent().isValid() and isinstance(view, QTreeView):
            view.expand(index.parent())
        view.setCurrentIndex(index)
        view.scrollTo(index)
