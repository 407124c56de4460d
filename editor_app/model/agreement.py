"""Agreement between two annotators on the entity mentions of the same articles.

Two measures, both over entity mentions that are not rejected (and, by default, not merely suggested):

- exact-span precision, recall and F1 per label and overall: a mention agrees when the other
  annotator has one with the same start, end and label. A is taken as the reference, so precision is
  the share of B's mentions that A also has and recall the share of A's that B also has (F1 is the
  same either way round);
- Cohen's kappa on token labels: each token (:func:`editor_app.model.tokens.tokenize`) gets the label
  of the longest mention covering it, or ``O``; kappa corrects the share of tokens both label alike
  for the agreement their label frequencies would give by chance.
"""

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from editor_app.model.document import Document
from editor_app.model.tokens import tokenize
from editor_app.model.vocab import Status

OUTSIDE = "O"

LabelledSpan = tuple[int, int, str]


@dataclass
class SpanCounts:
    a: int = 0
    b: int = 0
    both: int = 0

    @property
    def precision(self) -> float | None:
        return self.both / self.b if self.b else None

    @property
    def recall(self) -> float | None:
        return self.both / self.a if self.a else None

    @property
    def f1(self) -> float | None:
        total = self.a + self.b
        return 2 * self.both / total if total else None


@dataclass
class Agreement:
    """Counts accumulated over the pairs of documents given to :meth:`add`."""

    documents: int = 0
    per_label: dict[str, SpanCounts] = field(default_factory=dict)
    token_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, a: Document, b: Document, *, include_suggested: bool = False) -> None:
        """Compare two annotations of one text. Raises ValueError when the texts differ."""
        if a.text != b.text:
            raise ValueError("the two documents annotate different texts")
        self.documents += 1
        spans_a = mention_spans(a, include_suggested)
        spans_b = mention_spans(b, include_suggested)
        for label in {s[2] for s in spans_a} | {s[2] for s in spans_b}:
            counts = self.per_label.setdefault(label, SpanCounts())
            of_a = {s for s in spans_a if s[2] == label}
            of_b = {s for s in spans_b if s[2] == label}
            counts.a += len(of_a)
            counts.b += len(of_b)
            counts.both += len(of_a & of_b)
        tokens = tokenize(a.text)
        labels_a = token_labels(tokens, spans_a)
        labels_b = token_labels(tokens, spans_b)
        self.token_pairs.update(zip(labels_a, labels_b, strict=True))

    def include(self, other: "Agreement") -> None:
        """Add the counts of ``other`` (another set of documents) to these."""
        self.documents += other.documents
        for label, counts in other.per_label.items():
            into = self.per_label.setdefault(label, SpanCounts())
            into.a += counts.a
            into.b += counts.b
            into.both += counts.both
        self.token_pairs.update(other.token_pairs)

    @property
    def overall(self) -> SpanCounts:
        total = SpanCounts()
        for counts in self.per_label.values():
            total.a += counts.a
            total.b += counts.b
            total.both += counts.both
        return total

    @property
    def tokens(self) -> int:
        return sum(self.token_pairs.values())

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa over all tokens; None when there are no tokens or chance agreement is total."""
        total = self.tokens
        if not total:
            return None
        observed = sum(n for (x, y), n in self.token_pairs.items() if x == y) / total
        marginal_a: Counter[str] = Counter()
        marginal_b: Counter[str] = Counter()
        for (x, y), n in self.token_pairs.items():
            marginal_a[x] += n
            marginal_b[y] += n
        expected = sum(marginal_a[k] * marginal_b[k] for k in marginal_a) / (total * total)
        if expected >= 1.0:
            return None
        return (observed - expected) / (1.0 - expected)

    def as_dict(self) -> dict[str, Any]:
        def row(counts: SpanCounts) -> dict[str, Any]:
            return {
                "a": counts.a,
                "b": counts.b,
                "both": counts.both,
                "precision": counts.precision,
                "recall": counts.recall,
                "f1": counts.f1,
            }

        return {
            "documents": self.documents,
            "labels": {label: row(self.per_label[label]) for label in sorted(self.per_label)},
            "overall": row(self.overall),
            "tokens": self.tokens,
            "kappa": self.kappa,
        }


def mention_spans(doc: Document, include_suggested: bool = False) -> set[LabelledSpan]:
    """``(start, end, label)`` of every mention that counts: not rejected, not orphaned."""
    spans: set[LabelledSpan] = set()
    for entity in doc.entities:
        for mention in entity.mentions:
            status = mention.status or entity.status
            if entity.status == Status.REJECTED or status == Status.REJECTED or mention.orphaned:
                continue
            if status == Status.SUGGESTED and not include_suggested:
                continue
            spans.add((mention.start, mention.end, entity.label))
    return spans


def token_labels(tokens: list[tuple[int, int]], spans: set[LabelledSpan]) -> list[str]:
    """The label of the longest span covering each token (the earliest on a tie), or ``O``."""
    labels = [OUTSIDE] * len(tokens)
    lengths = [0] * len(tokens)
    starts = [start for start, _ in tokens]
    for start, end, label in sorted(spans):
        index = bisect_left(starts, start)
        while index < len(tokens) and tokens[index][1] <= end:
            if tokens[index][0] >= start and end - start > lengths[index]:
                labels[index] = label
                lengths[index] = end - start
            index += 1
    return labels
