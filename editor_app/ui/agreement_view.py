"""Tools > Agreement: how far two annotators agree over their folders, and where they agree least.

The per-label table (exact-span precision, recall, F1 of the second against the first) and Cohen's
kappa on tokens are those of ``editor-app agree`` (:mod:`editor_app.model.agreement`); below them every
article is listed with its F1, kappa and number of disagreements, the lowest agreement first, so the
team sees where the guidelines fail. With more than two annotators the first two are compared.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.model.agreement import Agreement, SpanCounts
from editor_app.storage.adjudication_files import adjudicate_inputs, input_name, pairwise_agreement
from editor_app.ui.i18n import translate


def number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


class ArticleRow:
    def __init__(self, name: str, f1: float | None, kappa: float | None, disagreements: int):
        self.name, self.f1, self.kappa, self.disagreements = name, f1, kappa, disagreements

    def order(self) -> tuple[float, float, int]:
        """Lowest agreement first: F1 (none counts as full agreement), then kappa, then more disagreements."""
        f1 = 1.0 if self.f1 is None else self.f1
        kappa = 1.0 if self.kappa is None else self.kappa
        return (f1, kappa, -self.disagreements)


class AgreementView(QDialog):
    def __init__(self, parent: QWidget | None, inputs: list[Path]):
        super().__init__(parent)
        self.setObjectName("agreementView")
        self.setWindowTitle(translate("Agreement", "Agreement"))
        self.total = Agreement()
        self.rows: list[ArticleRow] = []
        self.problems: list[str] = []
        self.names = [input_name(p) for p in inputs[:2]]
        self._measure(inputs)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.labels = self._table(
            "agreementLabels",
            [
                translate("Agreement", "label"),
                self.names[0],
                self.names[1],
                translate("Agreement", "both"),
                translate("Agreement", "precision"),
                translate("Agreement", "recall"),
                translate("Agreement", "F1"),
            ],
        )
        layout.addWidget(self.labels, 2)
        self.kappa = QLabel()
        layout.addWidget(self.kappa)
        heading = QLabel(translate("Agreement", "Articles, lowest agreement first"))
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        self.articles = self._table(
            "agreementArticles",
            [
                translate("Agreement", "article"),
                translate("Agreement", "F1"),
                translate("Agreement", "kappa"),
                translate("Agreement", "disagreements"),
            ],
        )
        heading.setBuddy(self.articles)
        layout.addWidget(self.articles, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.resize(720, 620)

    def _measure(self, inputs: list[Path]) -> None:
        pair = inputs[:2]
        for outcome in adjudicate_inputs(pair):
            name = str(outcome.item.relative)
            if outcome.problem == "missing":
                absent = ", ".join(self.names[i] for i in outcome.item.missing)
                self.problems.append(
                    translate("Agreement", "{name}: missing from {who}").format(name=name, who=absent)
                )
                continue
            if outcome.problem is not None or outcome.adjudication is None:
                self.problems.append(outcome.problem or name)
                continue
            if outcome.annotated:
                self.names = [a.name for a in outcome.annotated]
            agreement = pairwise_agreement(outcome.annotated)[(0, 1)]
            self.total.include(agreement)
            self.rows.append(
                ArticleRow(name, agreement.overall.f1, agreement.kappa, outcome.adjudication.disagreements)
            )
        self.rows.sort(key=ArticleRow.order)

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _fill(self) -> None:
        total = self.total
        self.summary.setText(
            translate("Agreement", "{a} (reference) and {b}: {count} article(s) compared").format(
                a=self.names[0], b=self.names[1], count=total.documents
            )
            + ("<br>" + "<br>".join(self.problems[:8]) if self.problems else "")
        )
        self.summary.setToolTip("\n".join(self.problems))
        rows: list[tuple[str, SpanCounts]] = [
            (label, total.per_label[label]) for label in sorted(total.per_label)
        ]
        rows.append((translate("Agreement", "overall"), total.overall))
        self.labels.setHorizontalHeaderItem(1, QTableWidgetItem(self.names[0]))
        self.labels.setHorizontalHeaderItem(2, QTableWidgetItem(self.names[1]))
        self.labels.setRowCount(len(rows))
        for row, (label, counts) in enumerate(rows):
            cells = [label, str(counts.a), str(counts.b), str(counts.both)]
            cells += [number(counts.precision), number(counts.recall), number(counts.f1)]
            self._set_row(self.labels, row, cells)
        self.kappa.setText(
            translate("Agreement", "Cohen's kappa on token labels: {kappa} over {count} token(s)").format(
                kappa=number(total.kappa), count=total.tokens
            )
        )
        self.articles.setRowCount(len(self.rows))
        for row, article in enumerate(self.rows):
            cells = [article.name, number(article.f1), number(article.kappa), str(article.disagreements)]
            self._set_row(self.articles, row, cells)

    @staticmethod
    def _set_row(table: QTableWidget, row: int, cells: list[str]) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
