"""Speaker resolution: the entity a speaker phrase means ("Magnus", "he", "the official").

A mention in the phrase wins. Pronouns and descriptions ("he", "the official", "the newspaper")
resolve to the most recent entity that fits, the subject of the sentences around it first, then
whoever was quoted last: :class:`Speakers` remembers that, so phrases must be resolved in
document order.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from editor_app.suggest.findings import EntityFinding, Offsets
from editor_app.suggest.text import Layout, words

PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "ANY", "i": "PERSON", "we": "ANY", "it": "ORG"}
"""Pronouns that can name a speaker, with the label of entity each can mean (ANY: person or org)."""
DETERMINERS = ("the", "a", "an", "one", "another", "his", "her", "their", "its", "our")
ORG_NOUNS = words(
    "newspaper paper publication outlet agency department company firm business group organization "
    "organisation government administration ministry court council committee union university school "
    "hospital police network station magazine campaign party board commission office service bank"
)
PERSON_NOUNS = words(
    "official officials spokesman spokeswoman spokesperson source aide lawyer attorney man woman "
    "officer commissioner secretary president chief mayor governor senator judge director minister "
    "executive chairman chairwoman coach manager leader founder owner resident neighbor neighbour "
    "witness prosecutor detective sheriff superintendent analyst economist professor researcher "
    "doctor nurse teacher student father mother son daughter brother sister wife husband"
)
_ROLE_NOUNS = words(
    "adviser advisor strategist pollster manager spokesman spokeswoman aide chair counsel surrogate "
    "ally deputy"
)
_ADVERB_WORDS = (
    "also|later|then|has|had|have|once|previously|repeatedly|recently|simply|only|quickly|again|flatly"
    "|is|was|has been|had been|will|would|earlier|on Twitter|in a statement"
)
_TITLES_BEFORE = re.compile(r"(?:\s(?:Sen|Rep|Gov|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Rev|Prof)\.)+\s+$")
_PREPOSITIONS = words(
    "to by with for from of at about against on in into than like including toward towards between "
    "among before after under over behind beside told asked"
)


_CONJUNCTIONS = words("after before since until than like")


class Speakers:
    """Resolves speaker phrases of one article to indices into its entity findings.

    ``quoted``: the quoted passages, whose mentions are never the subject of a sentence.
    """

    def __init__(
        self, text: str, entities: Sequence[EntityFinding], layout: Layout, quoted: Iterable[Offsets]
    ) -> None:
        self.text = text
        self.entities = entities
        self.layout = layout
        self.mentions = sorted(
            (start, end, index) for index, e in enumerate(entities) for start, end in e.mentions
        )
        self.mention_starts = [m[0] for m in self.mentions]
        self.history: list[tuple[int, int]] = []  # (position, entity) of speakers resolved so far
        self.subjects = self._subjects(sorted(quoted))

    def remember(self, position: int, entity: int) -> None:
        """``entity`` was quoted at ``position``: a later "he said" may mean them."""
        self.history.append((position, entity))

    def resolve(
        self,
        start: int,
        end: int,
        subject_only: bool = False,
        last_clause: bool = False,
        first_clause: bool = False,
    ) -> int | None:
        """The entity the speaker phrase ``start:end`` names: a mention in it, a pronoun, or a
        description; with ``subject_only``, the phrase is a clause whose subject speaks.

        The phrase's head names the speaker, not its appositives: "Lopez, a veteran of the Fire
        Department" is Lopez, "Ruiz's communications director Jane Moss" is Moss. With
        ``last_clause`` (or ``subject_only``) the head is its last clause ("At a rally for Ted Cruz,
        Beck" is Beck), else its first; ``first_clause`` makes a subject the first clause's ("Vance,
        the party leader, attacked Tull, calling him ...")."""
        text = self.text
        parts = _clauses(text, start, end)
        nearest_first = (subject_only or last_clause) and not first_clause
        for index in reversed(range(len(parts))) if nearest_first else range(len(parts)):
            part_start, part_end = parts[index]
            after_name = self._after_name(parts, index)
            # the clause right before the cue is its subject ("..., just as Tull did, former mayor
            # Eli Stone said"); elsewhere a lower-case clause after a name is an appositive or a
            # participle ("Lopez, a veteran of ..., said")
            subject = last_clause and index == len(parts) - 1 and not text[part_end:end].strip()
            # "Tull, the nominee, issued a statement after Gov. Rita Vance told": a name right
            # before the cue is its subject
            subject = subject or (
                subject_only and index == len(parts) - 1 and self._names_right_before(part_start, end)
            )
            if after_name and not subject and _opens_lower(text, part_start, part_end):
                continue
            mention = self._head_mention(
                part_start,
                part_end,
                adjacent=end if nearest_first else None,
                possessive=subject_only,
                first=first_clause,
            )
            if mention is not None:
                return mention
        head_start, head_end = parts[-1] if nearest_first else (start, end)
        unnamed = self._unnamed(head_start, head_end, subject_only)
        if unnamed is not None or (head_start, head_end) == (start, end):
            return unnamed
        return self._unnamed(start, end, subject_only)

    def _opens_subclause(self, start: int, end: int, cue: int) -> bool:
        """Whether the mention ``start:end`` is the subject of a clause opened by a conjunction and
        ending with the cue ("after Gov. Rita Vance told"), not the object of a preposition."""
        before = re.search(
            r"([A-Za-z]+)\s+(?:(?:[A-Z][a-z]{1,3}\.\s+)+)?$", self.text[max(0, start - 24) : start]
        )
        conjunction = before is not None and before.group(1).lower() in _CONJUNCTIONS
        between = self.text[end:cue]
        return conjunction and bool(re.fullmatch(rf"\s*(?:(?:{_ADVERB_WORDS})\s+)*", between + " "))

    def _names_right_before(self, start: int, end: int) -> bool:
        """Whether a person's mention in ``start:end`` ends it, adverbs aside ("Vance later")."""
        index = bisect_left(self.mention_starts, end) - 1
        while index >= 0 and self.mentions[index][0] >= start:
            _, m_end, entity = self.mentions[index]
            index -= 1
            if self.entities[entity].label != "PERSON" or m_end > end:
                continue
            between = self.text[m_end:end]
            return bool(re.fullmatch(rf"\s*(?:(?:{_ADVERB_WORDS})\s+)*", between + " "))
        return False

    def _after_name(self, parts: list[Offsets], index: int) -> bool:
        """Whether clause ``index`` follows a clause naming someone, over lower-case clauses between
        ("Ivo Brandt, who was elected in 2010, casts Vance as ...", "Dale Moss, 31, a photographer,
        said ...")."""
        for before in range(index - 1, -1, -1):
            if self._head_mention(*parts[before], adjacent=None) is not None:
                return True
            if not _opens_lower(self.text, *parts[before]) and re.search(
                r"[^\W\d_]", self.text[slice(*parts[before])]
            ):
                return False
        return False

    def unnamed_source(self, start: int, end: int) -> bool:
        """Whether ``start:end`` describes a source the article does not name ("a spokesman for the
        airline", "one official"): such a quote gets the organisation or no speaker, never the
        speaker of another quote."""
        phrase = self.text[start:end].strip(" ,—–-").lower()
        return bool(re.match(r"(?:a|an|one|another)\s", phrase))

    def _organisation_of(self, start: int, end: int) -> int | None:
        """The organisation an unnamed source speaks for: "a spokesman for Delta Air Lines"."""
        match = re.search(r"\b(?:for|of|at|from|with)\s+(?:the\s+)?", self.text[start:end])
        if match is None:
            return None
        index = bisect_left(self.mention_starts, start + match.end())
        if index < len(self.mentions) and self.mentions[index][0] == start + match.end():
            entity = self.mentions[index][2]
            return entity if self.entities[entity].label == "ORG" else None
        return None

    def _unnamed(self, start: int, end: int, subject_only: bool) -> int | None:
        """A pronoun or a description ("he", "the official") in ``start:end``."""
        phrase = self.text[start:end].strip(" ,—–-")
        if subject_only:
            found = re.findall(r"[A-Za-z’']+", phrase)
            pronoun = next((w.lower() for w in found[:3] if w.lower() in PRONOUNS), None)
            if pronoun is not None:
                return self._pronoun(pronoun, start)
            description = re.search(r"\b(?:the|a|an|one|another)\s+(?:[\w\-]+\s+){0,3}?([a-z\-]+)\b", phrase)
            if description and description.group(1) in PERSON_NOUNS | ORG_NOUNS:
                return self._description(description.group(1), start)
            return None
        split = phrase.split()
        if not split:
            return None
        first = split[0].lower()
        if first in PRONOUNS:
            return self._pronoun(first, start)
        if self.unnamed_source(start, end):
            return self._organisation_of(start, end)
        head = phrase.split(",")[0]
        noun = re.findall(r"[A-Za-z\-]+", head)
        if first in DETERMINERS and noun:
            return self._description(noun[-1].lower(), start)
        return None

    def _head_mention(
        self, start: int, end: int, adjacent: int | None, possessive: bool = False, first: bool = False
    ) -> int | None:
        """The person (else organisation) a clause names, leaving out names after a preposition and
        possessives ("Ruiz's director Jane Moss"): the last one ("campaign manager Jeff Weaver"), or
        with ``adjacent`` (a clause before its cue) the first one unless the last stands right before
        ``adjacent`` ("Trump aide Jason Miller said", "Silverman was joined by Al Franken and
        joked"); with ``first`` the first one; with ``possessive`` it falls back on a possessor
        ("Clinton's broadside against")."""
        possessor: int | None = None
        for label in ("PERSON", "ORG"):
            found: list[tuple[int, int, int]] = []
            index = bisect_left(self.mention_starts, start)
            while index < len(self.mentions) and self.mentions[index][0] < end:
                m_start, m_end, entity = self.mentions[index]
                index += 1
                if self.entities[entity].label != label or m_end > end:
                    continue
                if _governed(self.text, m_start, floor=start) and not (
                    adjacent is not None and self._opens_subclause(m_start, m_end, adjacent)
                ):
                    continue
                if self.text[m_end : m_end + 1] in ("'", "’"):
                    possessor = entity if possessor is None else possessor
                    continue
                found.append((m_start, m_end, entity))
            if not found:
                continue
            if first:
                return found[0][2]
            if adjacent is None:
                return found[-1][2]
            between = self.text[found[-1][1] : adjacent]
            if re.fullmatch(rf"\s*(?:{_ADVERB_WORDS}\s+)*", between + " "):
                return found[-1][2]
            if len(found) > 1 and _role_between(self.text[found[0][1] : found[1][0]]):
                return found[1][2]  # "Vance campaign manager Theo Brandt released a memo"
            return found[0][2]
        # "Clinton's broadside against ..." the clause is the possessor's words
        return possessor if possessive else None

    def resolve_reporter(self, start: int, end: int) -> int | None:
        """The entity the subject ``start:end`` of reported speech names ("Reyes", "he", "the mayor",
        "the official, who asked not to be named")."""
        phrase = self.text[start:end].strip()
        mention = self.first_mention(start, end, ("PERSON", "ORG"))
        if mention is not None:
            return mention
        split = phrase.split()
        pronoun = split[-1].lower() if split else ""
        if len(split) >= 1 and split[0].lower() in PRONOUNS and len(split) <= 2:
            pronoun = split[0].lower()
        if pronoun in PRONOUNS:
            return self._pronoun(pronoun, start)
        nouns = re.findall(r"[a-z\-]+", phrase.split(",")[0])
        return self._description(nouns[-1], start) if nouns else None

    def last_mention(self, start: int, end: int, labels: tuple[str, ...]) -> int | None:
        """The last mention in ``start:end`` with one of ``labels``."""
        index = bisect_left(self.mention_starts, end) - 1
        while index >= 0 and self.mentions[index][0] >= start:
            _, m_end, entity = self.mentions[index]
            index -= 1
            if m_end <= end and self.entities[entity].label in labels:
                return entity
        return None

    def first_mention(self, start: int, end: int, labels: tuple[str, ...]) -> int | None:
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

    # --- pronouns and descriptions ---------------------------------------------------------------------

    def _pronoun(self, pronoun: str, position: int) -> int | None:
        fits = PRONOUNS[pronoun]
        layout = self.layout
        sentence = layout.sentence_index(position)
        paragraph = layout.sentence_paragraph[sentence] if layout.sentences else 0
        # 1. the subject of this sentence named before the quote the pronoun attributes ("Fallon
        # fired back: "...," he wrote"), else of an earlier sentence of the same paragraph
        subject = self.subjects.get(sentence) if layout.sentences else None
        if subject is not None and self._fits(subject, fits):
            start = layout.sentences[sentence].start
            opens = [m for m, _ in self.entities[subject].mentions if start <= m < position]
            if opens and re.search(r"[“\"]", self.text[opens[0] : position]):
                return subject
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

    def _description(self, noun: str, position: int) -> int | None:
        """ "the newspaper" -> the organisation last named that is one; "the official" -> a person:
        one described so in this paragraph, else this paragraph's subject, else the last one
        described so, else the one a pronoun there would mean."""
        noun = noun.removesuffix("s") if noun.endswith("officials") else noun
        wanted = "ORG" if noun in ORG_NOUNS else "PERSON"
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
        if wanted == "PERSON" and noun in PERSON_NOUNS:
            subject = self._paragraph_subject(position)
            if subject is not None:
                return subject
        if candidates:
            return candidates[0][1]
        if wanted == "PERSON" and noun in PERSON_NOUNS:
            return self._pronoun("he", position)
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

    def _subjects(self, quoted: list[Offsets]) -> dict[int, int | None]:
        """The person each sentence is about: its first named person (not after a preposition), or,
        for a sentence opening with "He"/"She", the subject before it."""
        quoted_starts = [q[0] for q in quoted]
        layout = self.layout
        subjects: dict[int, int | None] = {}
        last: int | None = None
        last_paragraph = -1
        for index, sentence in enumerate(layout.sentences):
            paragraph = layout.sentence_paragraph[index]
            subject = self._first_mention_outside(sentence.start, sentence.end, quoted, quoted_starts)
            opens_with_pronoun = re.match(r"[“\"]?\s*(?:He|She)\b", self.text[sentence.start : sentence.end])
            recent = last is not None and paragraph - last_paragraph <= 2
            if subject is None and opens_with_pronoun and recent:
                subject = last
            subjects[index] = subject
            if subject is not None:
                last, last_paragraph = subject, paragraph
        return subjects

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


def _clauses(text: str, start: int, end: int) -> list[Offsets]:
    """The comma-separated parts of ``text[start:end]`` (brackets removed: "Sen. Tom Reyes (R-Neb.)")."""
    parts: list[Offsets] = []
    position = start
    for match in re.finditer(r",|\([^()]*\)", text[start:end]):
        if match.group() != ",":
            continue
        parts.append((position, start + match.start()))
        position = start + match.end()
    parts.append((position, end))
    return [(s, e) for s, e in parts if text[s:e].strip()] or [(start, end)]


def _role_between(gap: str) -> bool:
    """Whether ``gap``, between two names, is a role that makes the first name a modifier of the
    second ("Vance campaign manager Theo Brandt"), not a verb ("Vance attacked Brandt")."""
    match = re.fullmatch(r"\s+(?:[a-z\-]+\s+){0,2}([a-z\-]+)\s+", gap)
    return match is not None and match.group(1) in PERSON_NOUNS | _ROLE_NOUNS


def _opens_lower(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a lower-case word; a conjunction opening a clause with
    its own subject does not count ("and Vance later called Tull ...")."""
    clause = re.sub(r"^\W*(?:and|but|or|yet|while|then)\s+(?=[A-Z])", "", text[start:end])
    word = re.search(r"[^\W\d_]", clause)
    return word is not None and word.group().islower()


def _governed(text: str, start: int, floor: int = 0) -> bool:
    """Whether the word before ``start`` (from ``floor`` on) is a preposition ("a letter to Smith"),
    "according to" aside: a phrase's first name is not governed by the cue before it ('..." asked
    Sen. Ann Price')."""
    before = text[max(floor, start - 48) : start]
    # a title between: "joined by Gov. Omar Tull", "a letter to Senator Ann Price"
    if before.rstrip().endswith("."):
        before = _TITLES_BEFORE.sub(" ", before)
    previous = re.search(r"([A-Za-z]+)\s+$", before)
    if previous is None or previous.group(1).lower() not in _PREPOSITIONS:
        return False
    return not re.search(r"according\s+to\s+$", before)
