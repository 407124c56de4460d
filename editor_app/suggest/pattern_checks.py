"""Checks by pattern alone: web-page boilerplate, doubled words, spacing, quotation marks, house style."""

import re

from editor_app.model.vocab import Category
from editor_app.suggest import lexicon
from editor_app.suggest.detector_context import DetectorContext
from editor_app.suggest.findings import CorrectionFinding

_DOUBLING_ALLOWED = frozenset({"that", "had", "is", "do", "bye", "no", "yes", "very", "so", "far", "well"})


def boilerplate(context: DetectorContext) -> list[CorrectionFinding]:
    """Paragraphs of web-page furniture, each suggested for deletion with the break before it."""
    text = context.text
    patterns = lexicon.boilerplate_patterns()
    found = []
    for paragraph in context.layout.paragraphs:
        body = text[paragraph.start : paragraph.end]
        lower = body.lower()
        if not any(trigger in lower for trigger in patterns.triggers):
            continue  # a quick look first: most paragraphs have none of the telltale words
        if len(body) > 600:
            continue
        strong = any(p.search(body) for p in patterns.strong)
        weak = sum(1 for p in patterns.weak if p.search(body))
        if not (strong or weak >= 2):
            continue
        start = paragraph.start
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if start == 0:
            start = paragraph.start
        end = paragraph.end
        if start == paragraph.start:  # the first paragraph: take the break after it instead
            while end < len(text) and text[end].isspace():
                end += 1
        found.append(
            CorrectionFinding(
                start,
                end,
                "",
                Category.BOILERPLATE,
                "Web page text, not part of the story: delete it",
                "boilerplate",
            )
        )
    return found


def doubled_words(context: DetectorContext) -> list[CorrectionFinding]:
    """ "the the": the second copy is suggested for deletion (but "that that" and "had had" are English)."""
    text = context.text
    found = []
    for match in re.finditer(r"(?<![\w’'])([^\W\d_]+)([ \t]+)\1(?![\w’'])", text, re.IGNORECASE):
        first, second = match.group(1), text[match.end(2) : match.end()]
        if first.lower() in _DOUBLING_ALLOWED:
            continue
        if first[0].isupper() and second[0].isupper():
            continue  # "Walla Walla", "Sirhan Sirhan"
        found.append(
            CorrectionFinding(
                match.start(),
                match.end(),
                first,
                Category.GRAMMAR,
                f"Doubled word: {first.lower()}",
                "doubled-word",
            )
        )
    return found


def spacing(context: DetectorContext) -> list[CorrectionFinding]:
    """Repeated spaces between words, and more than one blank line between paragraphs."""
    text = context.text
    found = []
    for match in re.finditer(r"(?<=\S)[ \t]{2,}(?=\S)", text):
        found.append(
            CorrectionFinding(
                match.start(), match.end(), " ", Category.PUNCTUATION, "Repeated spaces", "spaces"
            )
        )
    for match in re.finditer(r"\n(?:[ \t]*\n){2,}", text):
        found.append(
            CorrectionFinding(
                match.start(), match.end(), "\n\n", Category.PUNCTUATION, "Stray blank lines", "blank-lines"
            )
        )
    return found


def quotation_marks(context: DetectorContext) -> list[CorrectionFinding]:
    """Straight marks in an article set with curly ones (or the reverse), and marks left unpaired."""
    text = context.text
    found = []
    curly = [m.start() for m in re.finditer("[“”]", text)]
    straight = [m.start() for m in re.finditer('"', text)]
    if curly and straight:
        if len(straight) <= len(curly):
            for position in straight:
                before = text[position - 1] if position else " "
                replacement = "“" if before.isspace() or before in "([{—–" else "”"
                note = "Mixed quotation marks: the article uses curly ones"
                found.append(
                    CorrectionFinding(
                        position, position + 1, replacement, Category.PUNCTUATION, note, "quote-marks"
                    )
                )
        else:
            for position in curly:
                note = "Mixed quotation marks: the article uses straight ones"
                found.append(
                    CorrectionFinding(position, position + 1, '"', Category.PUNCTUATION, note, "quote-marks")
                )
    curly_apostrophes = [m.start() for m in re.finditer(r"(?<=\w)’(?=\w)", text)]
    straight_apostrophes = [m.start() for m in re.finditer(r"(?<=\w)'(?=\w)", text)]
    if curly_apostrophes and straight_apostrophes:
        minority, replacement = (
            (straight_apostrophes, "’")
            if len(straight_apostrophes) <= len(curly_apostrophes)
            else (curly_apostrophes, "'")
        )
        for position in minority:
            note = (
                "Mixed apostrophes: the article mostly uses "
                + ("curly" if replacement == "’" else "straight")
                + " ones"
            )
            found.append(
                CorrectionFinding(
                    position, position + 1, replacement, Category.PUNCTUATION, note, "quote-marks"
                )
            )
    for position in context.scan.stray_marks:
        mark = text[position]
        note = (
            "Unbalanced quotation mark: it has no partner in this paragraph; add the missing one or remove it"
        )
        found.append(
            CorrectionFinding(position, position + 1, mark, Category.PUNCTUATION, note, "quote-marks")
        )
    return found


def house_style(context: DetectorContext) -> list[CorrectionFinding]:
    """Where a house-style rule matches, its replacement (with the rule's note and category)."""
    found = []
    for rule in context.rules:
        for match in rule.matches(context.text):
            if match.start() == match.end():
                continue
            replacement = match.expand(rule.replacement)
            if replacement == match.group():
                continue
            found.append(
                CorrectionFinding(
                    match.start(),
                    match.end(),
                    replacement,
                    rule.category,
                    rule.note,
                    f"house-style:{rule.name}",
                )
            )
    return found
