"""Attribution of quoted passages: the cue and the speaker phrase around each, and its kind.

The speaker phrase is looked for after the passage ("..., Magnus said", "said Magnus"), before it
("Magnus, a former police chief, said:", "according to Magnus,"), before a colon ("The mayor put it
plainly: ...") or, for a partial quote, at the start of its sentence ('Magnus called the plan "a
mistake"'). A passage with no attribution of its own takes the speaker of the quote it continues
(:func:`inherit`). Short quoted terms with no attribution are scare quotes.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from editor_app.model.vocab import QuoteKind
from editor_app.suggest import lexicon
from editor_app.suggest.findings import Offsets
from editor_app.suggest.headlines import headline_speaker, is_headline
from editor_app.suggest.quote_marks import Passage
from editor_app.suggest.speakers import DETERMINERS, PRONOUNS, Speakers
from editor_app.suggest.text import Block, Layout, ends_with_abbreviation, words

ADVERBS = (
    r"(?:(?:also|later|then|has|had|have|once|previously|repeatedly|recently|simply|only|quickly|again"
    r"|flatly)\s+)"
)
"""A regex for one adverb or auxiliary allowed between a speaker and a cue ("Magnus later said")."""
_PARTIAL_CUES = (
    r"called|calls|calling|described|describes|describing|dubbed|labeled|labelled|termed|branded"
    r"|accused|accuses|praised|praises|criticized|criticised|dismissed|denounced|decried|mocked|hailed"
    r"|touted|vowed|vows|pledged|pledges|promised|promises|boasted|slammed|blasted|defended|referred"
    r"|saying|adding|arguing|claiming|noting|warning|insisting|suggesting|writing|telling|declaring"
)
_SPEECH_NOUNS = r"remarks|statement|interview|speech|address|tweet|tweets|letter|email|post|message"
_CLAUSE_ABBREVIATIONS = words("Mr Mrs Ms Dr Sen Rep Gov Gen St Jr Feb Jan Aug Sept Oct Nov Dec")

SUBJECT_REACH = 30
"""How many words may stand between a sentence's subject and its partial quote."""
Said = tuple[int | None, Offsets | None]
"""A speaker (an index into the entity findings, None when unresolved) and the cue's offsets."""


@dataclass
class Attribution:
    """What a passage is ("direct", "mixed" or "scare"), who said it, and the cue that says so."""

    kind: str
    speaker: int | None = None
    cue: Offsets | None = None
    unnamed: bool = False
    """The speaker phrase describes a source the article does not name: nothing to inherit."""


class Attributor:
    """Attributes the passages of one article; call :meth:`attribute` in document order."""

    def __init__(self, text: str, layout: Layout, passages: Sequence[Passage], speakers: Speakers) -> None:
        self.text = text
        self.layout = layout
        self.speakers = speakers
        self.closes: dict[int, list[int]] = {}  # closing marks by paragraph
        self.unnamed: set[Offsets] = set()  # cues whose speaker is an unnamed source
        for passage in passages:
            if passage.close is not None:
                self.closes.setdefault(passage.paragraph, []).append(passage.close)
        cues = lexicon.cue_pattern()
        self._after = re.compile(
            rf"^[\s,—–-]*(?P<speaker>[^!?;“”\"«»]{{1,140}}?)\s+{ADVERBS}{{0,2}}(?P<cue>{cues})\b"
        )
        self._after_inverted = re.compile(rf"^[\s,—–-]*(?P<cue>{cues})\s+(?P<speaker>[^,;!?“”\"«»]{{1,100}})")
        self._before = re.compile(
            rf"(?P<speaker>[^!?;“”\"«»]{{1,160}}?)\s+{ADVERBS}{{0,2}}(?P<cue>{cues})\b"
            rf"(?P<rest>(?:(?!\b(?:{cues})\b)[^.!?;“”\"«»:]){{0,60}}?)\s*[,:]\s*$"
        )
        self._trailing = re.compile(
            rf",\s+(?P<speaker>[^,.;!?]{{1,60}}?)\s+{ADVERBS}{{0,2}}(?P<cue>{cues})\b[^,;]{{0,80}}[.!?]?\s*$"
            rf"|,\s+(?P<cue2>{cues})\s+(?P<speaker2>[^,;!?]{{1,80}}?)(?:,[^;!?]{{0,160}})?[.!?]?\s*$"
        )
        self._speech = re.compile(rf"\b(?:{cues}|{_PARTIAL_CUES}|{_SPEECH_NOUNS})\b")
        self._partial = re.compile(rf"\b(?P<cue>{cues}|{_PARTIAL_CUES})\b")

    def attribute(self, passage: Passage) -> Attribution:
        text = self.text
        content = text[passage.start : passage.end]
        count = len(content.split())
        ends_sentence = content.rstrip()[-1:] in ".!?"
        paragraph = self.layout.paragraphs[passage.paragraph]
        clause_start = self._clause_start(passage.open, paragraph, passage.paragraph)
        before = text[clause_start : passage.open]
        said: Said | None = None
        if is_headline(text, paragraph):
            speaker = headline_speaker(self.speakers, paragraph, passage.open, passage.close)
            said = None if speaker is None else (speaker, None)
        if said is None and passage.close is not None and not content.endswith("."):
            said = self._said_after(passage, paragraph)
        if said is None:
            said = self._said_before(passage, clause_start, before)
        if said is None and not before.strip():
            said = self._said_above(passage)
        if said is None and not before.strip() and passage.close is not None:
            said = self._said_later(passage)  # '"We are happy" about it, said Dina Marlow.'
        if said is None and not before.strip():
            said = self._said_the_sentence_before(passage)

        starts_clause = not before.strip() or (bool(re.search(r"[,:]\s*$", before)) and said is not None)
        if before.strip() and said is None:
            starts_clause = False
        short = count <= 4 and not ends_sentence
        if short and re.search(r"so-called\s*$", before):
            return Attribution(QuoteKind.SCARE)
        if said is None and before.strip() and passage.close is not None:
            # a partial quote: 'Sato said the state would "do everything necessary"', 'the plan is
            # "a mistake," Sato said'; a term ('a "retention" bonus') is quoted speech only with a cue
            said = self._said_later(passage) or self._said_in_sentence(passage, clause_start)
            if said is None and not (short and _used_as_a_term(text, passage, before, count)):
                said = self._subject_says(passage, clause_start)
        if short and said is None:
            return Attribution(QuoteKind.SCARE)
        speaker, cue = said or (None, None)
        mixed = before.strip() and not re.search(r"[,:]\s*$", before) and not starts_clause
        kind = QuoteKind.MIXED if mixed else QuoteKind.DIRECT
        return Attribution(kind, speaker, cue, unnamed=speaker is None and cue in self.unnamed)

    def _clause_start(self, position: int, paragraph: Block, index: int) -> int:
        text = self.text
        start = paragraph.start
        for close in self.closes.get(index, ()):
            if close < position:
                start = max(start, close + 1)
        base = start
        for match in re.finditer(r"[.!?][”’\"')]*\s+", text[base:position]):
            if ends_with_abbreviation(text, base + match.start(), _CLAUSE_ABBREVIATIONS):
                continue
            if match.group()[1:2] == ")" and text[base + match.end() : base + match.end() + 1].islower():
                continue  # "Sen. Ann Price (D-Nev.) told reporters"
            start = base + match.end()
        return start

    def _said_after(self, passage: Passage, paragraph: Block) -> Said | None:
        assert passage.close is not None
        text = self.text
        window_end = min(paragraph.end, passage.close + 1 + 200)
        window = text[passage.close + 1 : window_end]
        base = passage.close + 1
        for cut in re.finditer(r"[.!?;](?:\s|$)|[“«\"]", window):
            if cut.group()[0] == "." and ends_with_abbreviation(text, base + cut.start()):
                continue  # "said Sen. Tom Carper"
            window = window[: cut.start() + 1]
            break
        match = self._after.match(window)
        if match and _plausible_speaker(match.group("speaker")):
            # "..." just as Clinton did in 2008, Rendell added: the attribution ends the sentence
            trailing = _opens_clause(match.group("speaker"))
            speaker = self.speakers.resolve(
                base + match.start("speaker"), base + match.end("speaker"), last_clause=trailing
            )
            return self._said(speaker, base, match)
        match = self._after_inverted.match(window)
        if match:
            phrase = match.group("speaker")
            speaker = self.speakers.resolve(
                base + match.start("speaker"), base + match.start("speaker") + len(phrase)
            )
            named = re.match(r",\s+(?=[A-Z])[^,;!?“”\"«»]{1,60}", window[match.end() :])
            if speaker is None and named is not None:
                # 'said Vance's campaign manager, Theo Brandt': the name in apposition speaks
                speaker = self.speakers.resolve(base + match.end(), base + match.end() + named.end())
            return self._said(speaker, base, match)
        return None

    def _said(self, speaker: int | None, base: int, match: re.Match[str]) -> Said:
        """The speaker and the cue of an attribution ``match`` of the text from ``base``; an unnamed
        source ("a spokesman for the airline") is remembered by its cue."""
        cue = (base + match.start("cue"), base + match.end("cue"))
        phrase = (base + match.start("speaker"), base + match.end("speaker"))
        if speaker is None and self.speakers.unnamed_source(*phrase):
            self.unnamed.add(cue)
        return speaker, cue

    def _said_later(self, passage: Passage) -> Said | None:
        """A partial quote whose sentence ends with its attribution: 'the plan is "a mistake" for
        the city, Sato said on Friday', 'the plan is "a mistake," said Sato'."""
        assert passage.close is not None
        sentence = self.layout.sentence_at(passage.open)
        window = self.text[passage.close + 1 : sentence.end]
        if any(mark in window for mark in '“”"«»'):
            return None
        base = passage.close + 1
        match = self._trailing.search(window)
        if match is None:
            return None
        who, cue = ("speaker", "cue") if match.group("cue") else ("speaker2", "cue2")
        if not _plausible_speaker(match.group(who)):
            return None
        speaker = self.speakers.resolve(base + match.start(who), base + match.end(who))
        return None if speaker is None else (speaker, (base + match.start(cue), base + match.end(cue)))

    def _said_the_sentence_before(self, passage: Passage) -> Said | None:
        """A quote standing alone after a sentence of its paragraph that reports speech: "Howard
        kept up his remarks. "..."" is Howard's (the sentence before has no quotation mark)."""
        layout = self.layout
        index = layout.sentence_index(passage.open)
        if index == 0 or layout.sentences[index].start != passage.open:
            return None
        if layout.sentence_paragraph[index - 1] != passage.paragraph:
            return None
        sentence = layout.sentences[index - 1]
        body = self.text[sentence.start : sentence.end]
        cue = self._speech.search(body)
        if cue is None or any(mark in body for mark in '“”"«»'):
            return None
        speaker = self.speakers.resolve(sentence.start, sentence.start + cue.start(), subject_only=True)
        return None if speaker is None else (speaker, None)

    def _said_before(self, passage: Passage, clause_start: int, before: str) -> Said | None:
        if not before.strip():
            return None
        base = clause_start
        match = self._before.search(before)
        if match and _plausible_speaker(match.group("speaker"), before_quote=True):
            speaker = self.speakers.resolve(
                base + match.start("speaker"), base + match.end("speaker"), last_clause=True
            )
            return self._said(speaker, base, match)
        match = re.search(r"\baccording to\s+(?P<speaker>[^,.;]{2,80}),\s*$", before)
        if match:
            speaker = self.speakers.resolve(base + match.start("speaker"), base + match.end("speaker"))
            cue_start = base + match.start()
            return speaker, (cue_start, cue_start + len("according to"))
        if re.search(r":\s*$", before):
            # "The mayor put it plainly: ..." the subject of the clause before the colon speaks
            speaker = self.speakers.resolve(clause_start, passage.open - 1, subject_only=True)
            return None if speaker is None else (speaker, None)
        return None

    def _said_above(self, passage: Passage) -> Said | None:
        """A quote opening its paragraph after a paragraph that ends with a colon ("Reyes wrote:")."""
        if passage.paragraph == 0 or passage.open != self.layout.paragraphs[passage.paragraph].start:
            return None
        above = self.layout.paragraphs[passage.paragraph - 1]
        if self.text[above.end - 1] != ":":
            return None
        sentence = self.layout.sentence_at(above.end - 1)
        speaker = self.speakers.resolve(sentence.start, above.end - 1, subject_only=True)
        return None if speaker is None else (speaker, None)

    def _subject_says(self, passage: Passage, clause_start: int) -> Said | None:
        """A partial quote with no cue of its own: the subject of its sentence says it ("Sanders is
        pledging to "win many delegates"", "Bush referred to Rubio as "a bright leader"")."""
        if self.text[clause_start : passage.open].count(" ") > SUBJECT_REACH:
            return None
        speaker = self.speakers.resolve(clause_start, passage.open, subject_only=True)
        return None if speaker is None else (speaker, None)

    def _said_in_sentence(self, passage: Passage, clause_start: int) -> Said | None:
        """A partial quote: 'Magnus called the plan "a mistake"', 'Ortiz said the bonus was "earned"'."""
        before = self.text[clause_start : passage.open]
        matches = list(self._partial.finditer(before))
        if not matches:
            return None
        cue = matches[-1]
        if not re.search(r"[^\W\d_]", before[: cue.start()].replace("and", "")):
            # '"...," adding that "...": the speaker of the sentence's first quote (see inherit)
            return None, (clause_start + cue.start(), clause_start + cue.end())
        # "Vance, the party leader, attacked Tull, calling him ...": a participle's subject opens
        # the sentence
        participle = cue.group().endswith("ing")
        speaker = self.speakers.resolve(
            clause_start, clause_start + cue.start(), subject_only=True, first_clause=participle
        )
        if speaker is None:
            return None
        return speaker, (clause_start + cue.start(), clause_start + cue.end())


def inherit(passages: Sequence[Passage], attributions: Sequence[Attribution], layout: Layout) -> None:
    """Passages with no speaker of their own take the speaker of their chain (a quote running over
    paragraphs), of a quote in the same paragraph, or of the quote ending the paragraph before when
    this paragraph opens with a quote. ``attributions`` (one per passage) are updated in place."""
    pairs = list(zip(passages, attributions, strict=True))
    chains: dict[int, Said] = {}
    for passage, said in pairs:
        if said.kind != QuoteKind.SCARE and said.speaker is not None:
            chains.setdefault(passage.chain, (said.speaker, said.cue))
    for index, (passage, said) in enumerate(pairs):
        if said.kind == QuoteKind.SCARE or said.speaker is not None or said.unnamed:
            continue
        inherited = chains.get(passage.chain)
        if inherited is None:
            same = [
                (p, a)
                for p, a in pairs
                if p.paragraph == passage.paragraph and a.speaker is not None and a.kind != QuoteKind.SCARE
            ]
            if same:
                _, nearest = min(same, key=lambda pair: abs(pair[0].open - passage.open))
                inherited = (nearest.speaker, nearest.cue)
        if inherited is None and passage.open == layout.paragraphs[passage.paragraph].start:
            earlier = [
                a
                for p, a in pairs[:index]
                if p.paragraph == passage.paragraph - 1 and a.kind != QuoteKind.SCARE
            ]
            if earlier and earlier[-1].speaker is not None:
                inherited = (earlier[-1].speaker, earlier[-1].cue)
        if inherited is not None:
            said.speaker, said.cue = inherited


def _used_as_a_term(text: str, passage: Passage, before: str, count: int) -> bool:
    """ "the so-called “parking fix”", "a “retention” bonus": a quoted term, not quoted speech."""
    end = passage.close or passage.end
    after = text[end + 1 : end + 12]
    if re.search(r"so-called\s*$", before):
        return True
    modifier = bool(re.search(r"\b(?:a|an|the|this|that|its|his|her|their|our)\s+$", before)) and bool(
        re.match(r"\s+[a-z]", after)
    )
    return modifier and count <= 2


def _opens_clause(phrase: str) -> bool:
    """Whether ``phrase`` opens with a lower-case word that is not a pronoun or a determiner and
    holds a comma: words that go on with the quote before its attribution ("just as Clinton did, Reid")."""
    first = phrase.strip(" ,—–-").split(" ", 1)[0]
    lower = first[:1].islower() and first not in PRONOUNS and first not in DETERMINERS
    return lower and "," in phrase.strip(" ,—–-")


def _plausible_speaker(phrase: str, before_quote: bool = False) -> bool:
    phrase = phrase.strip(" ,—–-")
    if not phrase:
        return False
    if _opens_clause(phrase):
        phrase = phrase.rsplit(",", 1)[1].strip() or phrase
    head = re.sub(r",[^,]*,?$", "", phrase).strip() if "," in phrase else phrase
    if before_quote:
        # "In a statement, Magnus said:" keep the last clause
        head = head.split(",")[-1].strip() or head
    split = head.split()
    if not split or len(split) > 8:
        return False
    first = split[0].lower()
    if first in PRONOUNS and len(split) == 1:
        return True
    if first in DETERMINERS:
        return True
    # a name, after a role written in lower case: "former presidential candidate Herman Cain"
    return split[0][0].isupper() or any(word[0].isupper() for word in split[1:])
