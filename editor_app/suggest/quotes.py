"""Quote finder: direct, partial (mixed), indirect and scare quotes, with speaker and cue.

Direct quotes are found between quotation marks: curly and straight double quotes and guillemets
everywhere, single quotes in articles that use no double quotes (British style). A quote running
over several paragraphs (an opening mark at each paragraph start, a closing mark only at the end)
becomes one piece per paragraph, all with the same speaker. The speaker comes from the attribution
around the quote ("..., Magnus said", "said Magnus", "Magnus, a former police chief, said:",
"according to Magnus"), from a colon ("The mayor put it plainly: ..."), from the quote it continues
("..., he said. ...") or from the quote before it in the same paragraph. Pronouns and descriptions
("he", "the official", "the newspaper") resolve to the most recent entity that fits, the subject
of the sentences around it first.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from editor_app.suggest import lexicon
from editor_app.suggest.findings import EntityFinding, Offsets, QuoteFinding
from editor_app.suggest.text import Block, Layout, words

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"

_PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "ANY", "i": "PERSON", "we": "ANY", "it": "ORG"}
_PREPOSITIONS = words(
    "to by with for from of at about against on in into than like including toward towards between "
    "among before after under over behind beside told asked"
)
_ADVERBS = (
    r"(?:(?:also|later|then|has|had|have|once|previously|repeatedly|recently|simply|only|quickly|again"
    r"|flatly)\s+)"
)
_ORG_NOUNS = words(
    "newspaper paper publication outlet agency department company firm business group organization "
    "organisation government administration ministry court council committee union university school "
    "hospital police network station magazine campaign party board commission office service bank"
)
_PERSON_NOUNS = words(
    "official officials spokesman spokeswoman spokesperson source aide lawyer attorney man woman "
    "officer commissioner secretary president chief mayor governor senator judge director minister "
    "executive chairman chairwoman coach manager leader founder owner resident neighbor neighbour "
    "witness prosecutor detective sheriff superintendent analyst economist professor researcher "
    "doctor nurse teacher student father mother son daughter brother sister wife husband"
)
_PARTIAL_CUES = r"called|calls|calling|described|describes|describing|dubbed|labeled|labelled|termed"
_REPORTING_CUES = sorted(
    words(
        "said says told tells added adds explained argued insisted warned acknowledged admitted claimed "
        "noted wrote writes stated testified announced confirmed conceded complained maintained contended "
        "predicted recalled replied responded"
    ),
    key=lambda w: (-len(w), w),
)


@dataclass
class _Piece:
    """Quoted words between an opening mark at ``open`` and a closing mark at ``close``."""

    open: int
    close: int | None  # None: continues in the next paragraph
    start: int
    end: int
    paragraph: int
    chain: int
    kind: str = "direct"
    speaker: int | None = None
    cue: Offsets | None = None
    attributed: bool = False


@dataclass
class QuoteScan:
    """What the quote finder saw: the quotes, and the quotation marks it could not pair."""

    quotes: list[QuoteFinding] = field(default_factory=list)
    stray_marks: list[int] = field(default_factory=list)


def find_quotes(text: str, entities: list[EntityFinding], layout: Layout | None = None) -> QuoteScan:
    """Direct, mixed, scare and indirect quotes in document order, speakers resolved to ``entities``."""
    layout = layout or Layout(text)
    finder = _Finder(text, entities, layout)
    return finder.run()


class _Finder:
    def __init__(self, text: str, entities: list[EntityFinding], layout: Layout) -> None:
        self.text = text
        self.entities = entities
        self.layout = layout
        self.cues = lexicon.cue_pattern()
        self.mentions = sorted(
            (start, end, index) for index, e in enumerate(entities) for start, end in e.mentions
        )
        self.mention_starts = [m[0] for m in self.mentions]
        self.stray: list[int] = []
        self.history: list[tuple[int, int]] = []  # (position, entity) of speakers resolved so far
        self.subjects: dict[int, int | None] = {}
        self.closes: dict[int, list[int]] = {}  # closing marks by paragraph
        self._after = re.compile(
            rf"^[\s,—–-]*(?P<speaker>[^.!?;“”\"«»]{{1,140}}?)\s+{_ADVERBS}{{0,2}}(?P<cue>{self.cues})\b"
        )
        self._after_inverted = re.compile(
            rf"^[\s,—–-]*(?P<cue>{self.cues})\s+(?P<speaker>[^,.;!?“”\"«»]{{1,100}})"
        )
        self._before = re.compile(
            rf"(?P<speaker>[^.!?;“”\"«»]{{1,160}}?)\s+{_ADVERBS}{{0,2}}(?P<cue>{self.cues})\b"
            rf"(?P<rest>[^.!?;“”\"«»:]{{0,60}}?)\s*[,:]\s*$"
        )
        self._partial = re.compile(rf"\b(?P<cue>{self.cues}|{_PARTIAL_CUES})\b")

    # --- the pass ------------------------------------------------------------------------------------

    def run(self) -> QuoteScan:
        pieces = self._pieces()
        for piece in pieces:
            if piece.close is not None:
                self.closes.setdefault(piece.paragraph, []).append(piece.close)
        self._subject_pass(pieces)
        indirect = self._indirect_candidates(pieces)
        events: list[tuple[int, str, object]] = [(p.open, "piece", p) for p in pieces]
        events += [(q.start, "indirect", q) for q in indirect]
        events.sort(key=lambda e: e[0])
        for _, kind, item in events:
            if kind == "piece":
                assert isinstance(item, _Piece)
                self._attribute(item, pieces)
            else:
                assert isinstance(item, _Indirect)
                self._resolve_indirect(item)
        self._inherit(pieces)
        scan = QuoteScan(stray_marks=sorted(self.stray))
        for piece in pieces:
            if piece.start >= piece.end:
                continue
            speaker = None if piece.kind == "scare" else piece.speaker
            cue = None if piece.kind == "scare" else piece.cue
            scan.quotes.append(QuoteFinding(piece.start, piece.end, piece.kind, speaker, cue, "quotes"))
        for item in indirect:
            if item.speaker is not None:
                scan.quotes.append(
                    QuoteFinding(item.start, item.end, "indirect", item.speaker, item.cue, "indirect-quotes")
                )
        scan.quotes.sort(key=lambda q: (q.start, q.end))
        return scan

    # --- pairing the marks ---------------------------------------------------------------------------

    def _pieces(self) -> list[_Piece]:
        text = self.text
        singles = not any(c in text for c in DOUBLE_OPEN + DOUBLE_CLOSE + '"')
        pieces: list[_Piece] = []
        chain = 0
        open_at: int | None = None
        continuing = False
        paragraphs = self.layout.paragraphs
        for index, paragraph in enumerate(paragraphs):
            marks = self._marks(paragraph, singles)
            if continuing and not (marks and marks[0][0] == paragraph.start and marks[0][1] == "open"):
                continuing = False
            open_at = None
            for position, role in marks:
                if role == "open":
                    if open_at is not None:
                        self.stray.append(open_at)
                    open_at = position
                    if not (continuing and position == paragraph.start):
                        chain += 1
                        continuing = False
                elif role == "close":
                    if open_at is None:
                        self.stray.append(position)
                        continue
                    pieces.append(self._piece(open_at, position, index, chain))
                    open_at = None
                    continuing = False
            if open_at is not None:
                following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                if following is not None and text[following.start] in DOUBLE_OPEN + SINGLE_OPEN + "\"'":
                    pieces.append(self._piece(open_at, None, index, chain, paragraph.end))
                    continuing = True
                else:
                    self.stray.append(open_at)
                    continuing = False
        return pieces

    def _marks(self, paragraph: Block, singles: bool) -> list[tuple[int, str]]:
        text = self.text
        marks: list[tuple[int, str]] = []
        state_open = False
        for position in range(paragraph.start, paragraph.end):
            char = text[position]
            if char not in ALL_MARKS:
                continue
            before = text[position - 1] if position > paragraph.start else " "
            after = text[position + 1] if position + 1 < paragraph.end else " "
            role: str | None
            if char in DOUBLE_OPEN:
                role = "open"
            elif char in DOUBLE_CLOSE:
                role = "close"
            elif char == '"':
                role = _straight_role(before, after, state_open)
            elif not singles:
                continue
            elif char in "‘‹":
                role = "open" if not (before.isalnum() and after.isalnum()) else None
            elif char in "’›'":
                role = _single_role(char, before, after, state_open, text, position)
            else:
                role = None
            if role is None:
                continue
            state_open = role == "open"
            marks.append((position, role))
        return marks

    def _piece(
        self, open_at: int, close: int | None, paragraph: int, chain: int, end: int | None = None
    ) -> _Piece:
        text = self.text
        start = open_at + 1
        stop = close if close is not None else (end if end is not None else start)
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ",—–"):
            stop -= 1
        return _Piece(open_at, close, start, stop, paragraph, chain)

    # --- speakers of direct quotes -------------------------------------------------------------------

    def _attribute(self, piece: _Piece, pieces: list[_Piece]) -> None:
        text = self.text
        content = text[piece.start : piece.end]
        words = len(content.split())
        ends_sentence = content.rstrip()[-1:] in ".!?"
        paragraph = self.layout.paragraphs[piece.paragraph]
        clause_start = self._clause_start(piece.open, paragraph, piece.paragraph)
        before = text[clause_start : piece.open]
        attributed = False
        if piece.close is not None and not content.endswith("."):
            attributed = self._attribution_after(piece, paragraph)
        if not attributed:
            attributed = self._attribution_before(piece, clause_start, before)
        starts_clause = not before.strip() or (bool(re.search(r"[,:]\s*$", before)) and attributed)
        if before.strip() and not attributed:
            starts_clause = False
        short = words <= 4 and not ends_sentence
        if short and self._used_as_a_term(piece, before, words):
            piece.kind = "scare"
            return
        if not attributed and before.strip() and piece.close is not None:
            # a partial quote: 'Sato said the state would "do everything necessary"'
            attributed = self._attribution_in_sentence(piece, clause_start)
        if short and not attributed:
            piece.kind = "scare"
            return
        piece.attributed = attributed
        if before.strip() and not re.search(r"[,:]\s*$", before) and not starts_clause:
            piece.kind = "mixed"
        else:
            piece.kind = "direct"
        if piece.speaker is not None:
            self.history.append((piece.open, piece.speaker))

    def _used_as_a_term(self, piece: _Piece, before: str, words: int) -> bool:
        """ "the so-called “parking fix”", "a “retention” bonus": a quoted term, not quoted speech."""
        text = self.text
        after = text[(piece.close or piece.end) + 1 : (piece.close or piece.end) + 12]
        if re.search(r"so-called\s*$", before):
            return True
        modifier = bool(re.search(r"\b(?:a|an|the|this|that|its|his|her|their|our)\s+$", before)) and bool(
            re.match(r"\s+[a-z]", after)
        )
        return modifier and words <= 2

    def _clause_start(self, position: int, paragraph: Block, index: int) -> int:
        text = self.text
        start = paragraph.start
        for close in self.closes.get(index, ()):
            if close < position:
                start = max(start, close + 1)
        for match in re.finditer(r"[.!?][”’\"')]*\s+", text[start:position]):
            if not _abbreviation_before(text, start + match.start()):
                start_candidate = start + match.end()
                start = max(start, start_candidate)
        return start

    def _attribution_after(self, piece: _Piece, paragraph: Block) -> bool:
        assert piece.close is not None
        text = self.text
        window_end = min(paragraph.end, piece.close + 1 + 200)
        window = text[piece.close + 1 : window_end]
        cut = re.search(r"[.!?;](?:\s|$)|[“«\"]", window)
        if cut:
            window = window[: cut.start() + 1]
        base = piece.close + 1
        match = self._after.match(window)
        if match and self._plausible_speaker(match.group("speaker")):
            speaker = self._resolve_phrase(base + match.start("speaker"), base + match.end("speaker"))
            piece.cue = (base + match.start("cue"), base + match.end("cue"))
            piece.speaker = speaker
            return True
        match = self._after_inverted.match(window)
        if match:
            phrase = match.group("speaker")
            speaker = self._resolve_phrase(
                base + match.start("speaker"), base + match.start("speaker") + len(phrase)
            )
            piece.cue = (base + match.start("cue"), base + match.end("cue"))
            piece.speaker = speaker
            return True
        return False

    def _attribution_before(self, piece: _Piece, clause_start: int, before: str) -> bool:
        if not before.strip():
            return False
        match = self._before.search(before)
        if match and self._plausible_speaker(match.group("speaker"), before_quote=True):
            base = clause_start
            piece.speaker = self._resolve_phrase(base + match.start("speaker"), base + match.end("speaker"))
            piece.cue = (base + match.start("cue"), base + match.end("cue"))
            return True
        match = re.search(r"\baccording to\s+(?P<speaker>[^,.;]{2,80}),\s*$", before)
        if match:
            base = clause_start
            piece.speaker = self._resolve_phrase(base + match.start("speaker"), base + match.end("speaker"))
            cue_start = base + match.start()
            piece.cue = (cue_start, cue_start + len("according to"))
            return True
        if re.search(r":\s*$", before):
            # "The mayor put it plainly: ..." the subject of the clause before the colon speaks
            piece.speaker = self._resolve_phrase(clause_start, piece.open - 1, subject_only=True)
            return piece.speaker is not None
        return False

    def _attribution_in_sentence(self, piece: _Piece, clause_start: int) -> bool:
        """A partial quote: 'Magnus called the plan "a mistake"', 'Ortiz said the bonus was "earned"'."""
        text = self.text
        before = text[clause_start : piece.open]
        matches = list(self._partial.finditer(before))
        if not matches:
            return False
        cue = matches[-1]
        speaker = self._resolve_phrase(clause_start, clause_start + cue.start(), subject_only=True)
        if speaker is None:
            return False
        piece.speaker = speaker
        piece.cue = (clause_start + cue.start(), clause_start + cue.end())
        return True

    def _plausible_speaker(self, phrase: str, before_quote: bool = False) -> bool:
        phrase = phrase.strip(" ,—–-")
        if not phrase:
            return False
        head = re.sub(r",[^,]*,?$", "", phrase).strip() if "," in phrase else phrase
        if before_quote:
            # "In a statement, Magnus said:" keep the last clause
            head = head.split(",")[-1].strip() or head
        words = head.split()
        if not words or len(words) > 8:
            return False
        first = words[0].lower()
        if first in _PRONOUNS and len(words) == 1:
            return True
        if first in ("the", "a", "an", "one", "another", "his", "her", "their", "its", "our"):
            return True
        return words[0][0].isupper()

    # --- resolving a speaker phrase --------------------------------------------------------------------

    def _resolve_phrase(self, start: int, end: int, subject_only: bool = False) -> int | None:
        """The entity a speaker phrase names: a mention in it, a pronoun, or a description."""
        text = self.text
        mention = self._first_mention(start, end, labels=("PERSON", "ORG"))
        if mention is not None:
            return mention
        phrase = text[start:end].strip(" ,—–-")
        if subject_only:
            words = re.findall(r"[A-Za-z’']+", phrase)
            pronoun = next((w.lower() for w in words[:3] if w.lower() in _PRONOUNS), None)
            if pronoun is not None:
                return self._resolve_pronoun(pronoun, start)
            description = re.search(r"\b(?:the|a|an|one|another)\s+(?:[\w\-]+\s+){0,3}?([a-z\-]+)\b", phrase)
            if description and description.group(1) in _PERSON_NOUNS | _ORG_NOUNS:
                return self._resolve_description(description.group(1), start)
            return None
        words = phrase.split()
        if not words:
            return None
        first = words[0].lower()
        if first in _PRONOUNS:
            return self._resolve_pronoun(first, start)
        head = phrase.split(",")[0]
        noun = re.findall(r"[A-Za-z\-]+", head)
        if first in ("the", "a", "an", "one", "another", "his", "her", "their", "its", "our") and noun:
            return self._resolve_description(noun[-1].lower(), start)
        return None

    def _first_mention(self, start: int, end: int, labels: tuple[str, ...]) -> int | None:
        """The first mention in ``start:end`` not governed by a preposition ("a letter to Smith"),
        people before organisations."""
        for label in labels:
            index = bisect_left(self.mention_starts, start)
            while index < len(self.mentions) and self.mentions[index][0] < end:
                m_start, _, entity = self.mentions[index]
                index += 1
                if self.entities[entity].label != label:
                    continue
                if _governed(self.text, m_start):
                    continue
                return entity
        return None

    def _resolve_pronoun(self, pronoun: str, position: int) -> int | None:
        fits = _PRONOUNS[pronoun]
        layout = self.layout
        sentence = layout.sentence_index(position)
        paragraph = layout.sentence_paragraph[sentence] if layout.sentences else 0
        # 1. the subject of an earlier sentence of the same paragraph
        subject = self._paragraph_subject(position, fits)
        if subject is not None:
            return subject
        # 2. the speaker quoted last, if recent
        if self.history:
            where, speaker = self.history[-1]
            if paragraph - layout.paragraph_index(where) <= 2 and self._fits(speaker, fits):
                return speaker
        # 3. the subject of the sentences before
        for index in range(sentence - 1, max(-1, sentence - 6), -1):
            subject = self.subjects.get(index)
            if subject is not None and self._fits(subject, fits):
                return subject
        # 4. the person mentioned last
        index = bisect_left(self.mention_starts, position) - 1
        while index >= 0:
            entity = self.mentions[index][2]
            if self._fits(entity, fits):
                return entity
            index -= 1
        return None

    def _fits(self, entity: int, fits: str) -> bool:
        label = self.entities[entity].label
        return label == fits or (fits == "ANY" and label in ("PERSON", "ORG"))

    def _resolve_description(self, noun: str, position: int) -> int | None:
        """ "the newspaper" -> the organisation last named that is one; "the official" -> a person:
        one described so in this paragraph, else this paragraph's subject, else the last one
        described so, else the one a pronoun there would mean."""
        noun = noun.removesuffix("s") if noun.endswith("officials") else noun
        wanted = "ORG" if noun in _ORG_NOUNS else "PERSON"
        paragraph_start = self.layout.paragraphs[self.layout.paragraph_index(position)].start
        candidates = []
        index = bisect_left(self.mention_starts, position) - 1
        while index >= 0:
            start, _, entity_index = self.mentions[index]
            entity = self.entities[entity_index]
            if entity.label == wanted and noun in entity.roles:
                candidates.append((start >= paragraph_start, entity_index))
            index -= 1
        here = [entity for inside, entity in candidates if inside]
        if here:
            return here[0]
        if wanted == "PERSON" and noun in _PERSON_NOUNS:
            subject = self._paragraph_subject(position)
            if subject is not None:
                return subject
        if candidates:
            return candidates[0][1]
        if wanted == "PERSON" and noun in _PERSON_NOUNS:
            return self._resolve_pronoun("he", position)
        return None

    def _paragraph_subject(self, position: int, fits: str = "PERSON") -> int | None:
        """The subject of the nearest earlier sentence of the same paragraph that fits."""
        layout = self.layout
        sentence = layout.sentence_index(position)
        paragraph = layout.sentence_paragraph[sentence] if layout.sentences else 0
        for index in range(sentence - 1, -1, -1):
            if layout.sentence_paragraph[index] != paragraph:
                break
            subject = self.subjects.get(index)
            if subject is not None and self._fits(subject, fits):
                return subject
        return None

    # --- subjects of sentences -------------------------------------------------------------------------

    def _subject_pass(self, pieces: list[_Piece]) -> None:
        """The person each sentence is about: its first named person (not after a preposition), or,
        for a sentence opening with "He"/"She", the subject before it."""
        quoted = sorted((p.start, p.end) for p in pieces)
        quoted_starts = [q[0] for q in quoted]
        layout = self.layout
        last: int | None = None
        last_paragraph = -1
        for index, sentence in enumerate(layout.sentences):
            paragraph = layout.sentence_paragraph[index]
            subject = self._first_mention_outside(sentence.start, sentence.end, quoted, quoted_starts)
            opens_with_pronoun = re.match(r"[“\"]?\s*(?:He|She)\b", self.text[sentence.start : sentence.end])
            recent = last is not None and paragraph - last_paragraph <= 2
            if subject is None and opens_with_pronoun and recent:
                subject = last
            self.subjects[index] = subject
            if subject is not None:
                last, last_paragraph = subject, paragraph

    def _first_mention_outside(
        self, start: int, end: int, quoted: list[Offsets], quoted_starts: list[int]
    ) -> int | None:
        index = bisect_left(self.mention_starts, start)
        while index < len(self.mentions) and self.mentions[index][0] < end:
            m_start, _, entity = self.mentions[index]
            index += 1
            if self.entities[entity].label != "PERSON":
                continue
            inside = bisect_right(quoted_starts, m_start) - 1
            if inside >= 0 and quoted[inside][0] <= m_start < quoted[inside][1]:
                continue
            if _governed(self.text, m_start):
                continue
            return entity
        return None

    # --- unattributed pieces ---------------------------------------------------------------------------

    def _inherit(self, pieces: list[_Piece]) -> None:
        """Pieces with no attribution of their own take the speaker of their chain (a quote running
        over paragraphs), of a quote in the same paragraph, or of the quote ending the paragraph
        before when this paragraph opens with a quote."""
        chains: dict[int, tuple[int | None, Offsets | None]] = {}
        for piece in pieces:
            if piece.kind != "scare" and piece.speaker is not None:
                chains.setdefault(piece.chain, (piece.speaker, piece.cue))
        for index, piece in enumerate(pieces):
            if piece.kind == "scare" or piece.speaker is not None:
                continue
            inherited = chains.get(piece.chain)
            if inherited is None:
                same = [
                    p
                    for p in pieces
                    if p.paragraph == piece.paragraph and p.speaker is not None and p.kind != "scare"
                ]
                if same:
                    nearest = min(same, key=lambda p: abs(p.open - piece.open))
                    inherited = (nearest.speaker, nearest.cue)
            if inherited is None and piece.open == self.layout.paragraphs[piece.paragraph].start:
                earlier = [
                    p for p in pieces[:index] if p.paragraph == piece.paragraph - 1 and p.kind != "scare"
                ]
                if earlier and earlier[-1].speaker is not None:
                    inherited = (earlier[-1].speaker, earlier[-1].cue)
            if inherited is not None:
                piece.speaker, piece.cue = inherited

    # --- indirect quotes -------------------------------------------------------------------------------

    def _indirect_candidates(self, pieces: list[_Piece]) -> list["_Indirect"]:
        text = self.text
        found: list[_Indirect] = []
        quoted_sentences = {self.layout.sentence_index(p.open) for p in pieces if p.kind != "scare"}
        quoted_sentences |= {self.layout.sentence_index(p.start) for p in pieces}
        reporting = "|".join(_REPORTING_CUES)
        trailing = re.compile(
            rf",\s+(?P<speaker>[^,.;!?“”\"]{{1,60}}?|[^,.;!?“”\"]{{1,60}},[^.;!?“”\"]{{1,90}},)\s+"
            rf"{_ADVERBS}{{0,2}}(?P<cue>{reporting})(?:\s+(?:on\s+)?[A-Za-z]+day)?\s*[.!]?[”\"]?$"
            rf"|,\s+(?P<cue2>said|says|according\s+to)\s+(?P<speaker2>[^,.;!?“”\"]{{2,60}})\s*[.!]?$"
        )
        leading = re.compile(
            rf"\b(?P<cue>{reporting})\b(?P<object>\s+(?:him|her|them|us|me|reporters|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?))?"
            r"(?P<extra>(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
            r"previously|earlier|later|last\s+week|this\s+week|in\s+a\s+statement|in\s+an\s+interview|"
            r"in\s+a\s+letter|on\s+social\s+media)){0,2})"
            r"\s+(?:that\s+)?(?P<clause>(?!to\b|for\b|about\b|of\b|by\b|with\b|in\b|on\b|at\b|and\b|or\b|but\b)[^\s].{10,})$"
        )
        for index, sentence in enumerate(self.layout.sentences):
            if index in quoted_sentences:
                continue
            body = text[sentence.start : sentence.end]
            if any(mark in body for mark in '“”"«»'):
                continue
            match = trailing.search(body)
            if match:
                cue_group = "cue" if match.group("cue") else "cue2"
                speaker_group = "speaker" if match.group("cue") else "speaker2"
                clause_end = sentence.start + match.start()
                clause_start = sentence.start
                if clause_end - clause_start > 15:
                    found.append(
                        _Indirect(
                            clause_start,
                            clause_end,
                            (sentence.start + match.start(cue_group), sentence.start + match.end(cue_group)),
                            (
                                sentence.start + match.start(speaker_group),
                                sentence.start + match.end(speaker_group),
                            ),
                        )
                    )
                    continue
            for cue in leading.finditer(body):
                cue_start = sentence.start + cue.start("cue")
                speaker_span = self._subject_before(sentence.start, cue_start)
                if speaker_span is None:
                    continue
                clause = cue.group("clause").rstrip(' .!?”"')
                clause_start = sentence.start + cue.start("clause")
                if len(clause.split()) < 3:
                    continue
                found.append(
                    _Indirect(
                        clause_start,
                        clause_start + len(clause),
                        (cue_start, sentence.start + cue.end("cue")),
                        speaker_span,
                    )
                )
                break
        return found

    def _subject_before(self, sentence_start: int, cue_start: int) -> Offsets | None:
        """The span naming who speaks, right before a cue: a mention, a pronoun or "the official"
        (auxiliaries and adverbs allowed in between; "was told" is not an attribution)."""
        text = self.text
        before = text[sentence_start:cue_start]
        match = re.search(
            rf"(?P<who>[^,;]{{1,80}}?|[^,;]{{1,60}},[^;]{{1,100}},)\s+{_ADVERBS}{{0,2}}$",
            before,
        )
        if match is None:
            return None
        who = match.group("who").strip()
        last_word = re.findall(r"[\w’'\-]+", who.split(",")[0])
        if not last_word:
            return None
        if last_word[-1].lower() in ("was", "were", "is", "are", "be", "been", "being", "not", "never"):
            return None
        start = sentence_start + match.start("who")
        end = sentence_start + match.end("who")
        if self._first_mention(start, end, ("PERSON", "ORG")) is not None:
            return (start, end)
        lead = who.split()[-1].lower() if who.split() else ""
        if lead in _PRONOUNS or (who.lower().split()[0] in _PRONOUNS and len(who.split()) == 1):
            return (start, end)
        if re.match(r"(?:the|a|an)\s", who.split(",")[0].strip().lower().split(" ", 1)[0] + " ") and (
            last_word[-1].lower() in _PERSON_NOUNS | _ORG_NOUNS
        ):
            return (start, end)
        return None

    def _resolve_indirect(self, item: "_Indirect") -> None:
        start, end = item.speaker_span
        phrase = self.text[start:end].strip()
        mention = self._first_mention(start, end, ("PERSON", "ORG"))
        if mention is not None:
            item.speaker = mention
        else:
            words = phrase.split()
            pronoun = words[-1].lower() if words else ""
            if len(words) >= 1 and words[0].lower() in _PRONOUNS and len(words) <= 2:
                pronoun = words[0].lower()
            if pronoun in _PRONOUNS:
                item.speaker = self._resolve_pronoun(pronoun, start)
            else:
                nouns = re.findall(r"[a-z\-]+", phrase.split(",")[0])
                item.speaker = self._resolve_description(nouns[-1], start) if nouns else None
        if item.speaker is not None:
            self.history.append((item.start, item.speaker))


@dataclass
class _Indirect:
    start: int
    end: int
    cue: Offsets
    speaker_span: Offsets
    speaker: int | None = None


def _governed(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a preposition ("a letter to Smith"), "according to" aside."""
    before = text[max(0, start - 24) : start]
    previous = re.search(r"([A-Za-z]+)\s+$", before)
    if previous is None or previous.group(1).lower() not in _PREPOSITIONS:
        return False
    return not re.search(r"according\s+to\s+$", before)


def _straight_role(before: str, after: str, state_open: bool) -> str:
    opens = before.isspace() or (before in "([{—–-/" and not after.isspace())
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if state_open else "open"


def _single_role(
    char: str, before: str, after: str, state_open: bool, text: str, position: int
) -> str | None:
    if before.isalnum() and after.isalnum():
        return None  # an apostrophe: don't, O’Neill
    if char == "'" and (before.isspace() or before in "([{—–-") and after.isalnum():
        return "open"
    if before.isspace() or before in "([{":
        return "open" if after.isalnum() else None
    if not state_open:
        return None  # a plural possessive (the students’ union) or a dropped letter
    if before == "s" and re.match(r"\s+[a-z]", text[position + 1 : position + 4]):
        return None  # the students’ demands
    return "close" if after.isspace() or after in ".,;:!?)]}—–-" or position + 1 >= len(text) else None


def _abbreviation_before(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    if word is None:
        return False
    return word.group(1) in (
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "St",
        "Jr",
        "Feb",
        "Jan",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ) or bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Z]", word.group(1)))
