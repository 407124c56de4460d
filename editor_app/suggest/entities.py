"""Entity suggester: people, organisations, places and dates, with their mentions clustered.

Built in, no model: people after titles ("Commissioner Chris Magnus", "Chief Ortiz") and in
attribution positions ("Magnus said", "said Magnus", "John Tien, the second in command, told"),
organisations by their shape ("Department of ...", "... Times", "... Press", acronyms), places from
the bundled gazetteer, and dates ("Friday", "Feb. 8"). Mentions are then clustered: a surname joins
the full name ("Magnus" -> "Chris Magnus"), "The Times" joins "Los Angeles Times", "DHS" joins
"Department of Homeland Security".
"""

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from editor_app.suggest import fuzzy, lexicon
from editor_app.suggest.findings import EntityFinding, Offsets
from editor_app.suggest.text import UPPER, Layout, words

PERSON, ORG, GPE, DATE = "PERSON", "ORG", "GPE", "DATE"

_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTHS = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
)
_DATE = re.compile(
    rf"\b(?:{_WEEKDAYS}\b"
    rf"|{_MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{{4}}\b)?"
    r"|May\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?|May,?\s+\d{4}\b)"
)
_DATE_WORDS = words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Jan Feb Aug Sept Oct Nov Dec"
)
_U = re.escape(UPPER)
# A name token: a dotted acronym ("U.S."), an initial ("J."), an abbreviation with its full stop, or a word.
_NAME_TOKEN = re.compile(
    r"(?<![\w'’\-])(?:"
    rf"(?:[{_U}]\.){{2,}}"
    rf"|[{_U}]\.(?=\s+[{_U}])"
    r"|(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Cpl|Maj|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|St|Jr|Sr|Mt|Ft|Inc|Co|Corp|Ltd)\."
    rf"|[{_U}](?:[\w\-]|['’](?=[^\W\d_]))*"
    # the lower-case words that may sit inside a name: "Department of Homeland Security", "Ludwig van"
    r"|(?:of|and|&|the|for|de|del|la|le|van|von|der|da|du|bin|al|y|on)(?![\w'’\-]))"
)
_OPENERS_BEFORE_NAMES = words("former ex then late")
"""Words opening a sentence before a name that are not part of it ("Former Obama spokesman ...")."""
_CONNECTORS = words("of and & the for de del la le van von der da du bin al y on")
_NOT_NAMES = words("I A OK TV AM PM CEO CFO COO CTO PhD ID DNA HIV AIDS COVID OMG LOL FAQ PDF URL Q")
_ORG_HEADS = words(
    "Department Ministry University Bank Bureau Office Board Council Committee Commission College "
    "Institute Association Church Court Embassy Museum Federation Union Order"
)
_NEWS_WORDS = words(
    "Times Press Post Journal News Herald Tribune Gazette Chronicle Review Magazine Courier Observer "
    "Telegraph Guardian Examiner Inquirer Dispatch Ledger Sentinel Bulletin"
)
_AGENCY_WORDS = words(
    "Department Agency Administration Bureau Office Service Services Patrol Protection Enforcement "
    "Security Customs Ministry Commission Authority Police"
)
_COMPANY_WORDS = words("Company Corporation Corp. Inc. Co. Ltd. LLC Group Airlines Bank")
_GOVERNMENT_TITLES = words(
    "commissioner secretary undersecretary president chief sen. senator rep. representative gov. "
    "governor mayor judge justice minister chancellor director administrator superintendent sheriff "
    "deputy officer ambassador chairman chairwoman chair councilmember councilman councilwoman "
    "supervisor agent"
)
_ROLE_BEFORE = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|manager|adviser|advisor|aide|strategist|pollster|"
    r"commentator|columnist|analyst|economist|professor|lawyer|attorney|director|chairman|chairwoman|"
    r"consultant|researcher|historian|activist|organizer|organiser|host|anchor|reporter|correspondent|"
    r"editor|founder|president|executive|official|officer|member|delegate|voter|supporter|resident|"
    r"candidate|nominee|veteran|operative|donor|expert|scholar|author|writer|pastor|actor|actress)\s+$"
)
_ROLE_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|ive|ary|ee)$")
_PLACE_CONTEXT = re.compile(r"\b(?:in|from|to|near|at|outside|across|of|former|visited|toward)\s+$", re.I)
_ATTRIBUTION_AFTER: re.Pattern[str] | None = None
_ATTRIBUTION_BEFORE: re.Pattern[str] | None = None


def _attribution_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    global _ATTRIBUTION_AFTER, _ATTRIBUTION_BEFORE
    if _ATTRIBUTION_AFTER is None or _ATTRIBUTION_BEFORE is None:
        cues = lexicon.cue_pattern()
        _ATTRIBUTION_AFTER = re.compile(
            r"(?:['’]s?)?(?:,[^,.;“”\"]{1,100}?,|,[^,.;“”\"]{1,60},[^,.;“”\"]{1,60},|,)?\s+"
            rf"(?:(?:also|later|then|has|had|have|once|previously|repeatedly|recently|last)\s+){{0,2}}"
            rf"(?:{cues})\b"
        )
        # "said Reyes", "said pollster Frank Lantz", "said former state senator Ann Price"
        _ATTRIBUTION_BEFORE = re.compile(rf"(?:\b(?:{cues}))\s+(?:[A-Za-z][\w\-]*\s+){{0,4}}$")
    return _ATTRIBUTION_AFTER, _ATTRIBUTION_BEFORE


@dataclass
class _Segment:
    """A run of capitalised name tokens, possibly with the title that precedes it."""

    start: int
    end: int
    words: list[str]
    label: str | None = None
    evidence: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    @property
    def text(self) -> str:
        return " ".join(self.words)


def find_entities(text: str, layout: Layout | None = None) -> list[EntityFinding]:
    """Entities with clustered mentions, in order of first mention. Never raises on any text."""
    layout = layout or Layout(text)
    dates = [(m.start(), m.end()) for m in _DATE.finditer(text)]
    segments = _segments(text, layout, dates)
    _classify(text, segments)
    people = _people(text, segments)
    found: list[EntityFinding] = []
    found += _cluster_people(text, people)
    found += _cluster_orgs([s for s in segments if s.label == ORG])
    found += _cluster_by_name([s for s in segments if s.label == GPE], GPE, "places")
    found += _dates(text, dates)
    found = _add_repeats(text, found, layout)
    found.sort(key=lambda e: e.first)
    return found


# --- runs of capitalised words ---------------------------------------------------------------------


def _segments(text: str, layout: Layout, dates: list[Offsets]) -> list[_Segment]:
    date_starts = {start for start, _ in dates}
    date_cover = _cover(dates)
    mid_caps = Counter[str]()
    tokens: list[tuple[int, int, str]] = []
    headline_ranges = [(p.start, p.end) for p in layout.paragraphs if _is_headline(text[p.start : p.end])]
    for match in _NAME_TOKEN.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        tokens.append((start, end, word))
        if word[0].isupper() and not layout.is_sentence_start(start):
            mid_caps[word] += 1
    dictionary = lexicon.dictionary()
    titles = lexicon.titles()
    title_words = lexicon.title_words()
    org_words = lexicon.org_words()
    segments: list[_Segment] = []
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        while run and run[-1][2] in _CONNECTORS:
            run.pop()
        if run:
            segments.extend(_split_run(text, list(run), titles, title_words, org_words))
        run.clear()

    headline_index = 0
    for index, (start, end, word) in enumerate(tokens):
        while headline_index < len(headline_ranges) and headline_ranges[headline_index][1] <= start:
            headline_index += 1
        in_headline = headline_index < len(headline_ranges) and headline_ranges[headline_index][0] <= start
        capital = word[0].isupper() and word not in _NOT_NAMES and not in_headline
        if start in date_starts or date_cover(start):
            flush()
            continue
        # a run left open by the sentence before ("... on Lima. But Brennan") does not carry on
        # over the sentence break: the first word is still tested as a sentence opener
        opens = not run or text[run[-1][1] : start] != " "
        if capital and layout.is_sentence_start(start) and opens:
            lower = word.lower()
            ordinary = dictionary.common(word) and mid_caps[word] == 0 and word not in title_words
            role_word = (
                (dictionary.frequency(word) >= 200 or (dictionary.known(word) and _ROLE_ENDING.search(word)))
                and mid_caps[word] == 0
                and word not in title_words
            )
            # "Bill Clinton said" keeps "Bill", "Principal Joan Avery said" drops "Principal"
            two_more = _next_is_capital(tokens, index + 1, text)
            if (
                lower in lexicon.FUNCTION_WORDS
                or lower in _OPENERS_BEFORE_NAMES
                or (ordinary and not _next_is_capital(tokens, index, text))
                or (role_word and two_more)
            ):
                capital = False
        if run:
            gap = text[run[-1][1] : start]
            joined = gap == " " and (
                capital or (word in _CONNECTORS and _next_is_capital(tokens, index, text))
            )
            if joined:
                run.append((start, end, word))
                continue
            flush()
        if capital:
            run.append((start, end, word))
    flush()
    return segments


def _cover(spans: list[Offsets]) -> "_Cover":
    return _Cover(spans)


class _Cover:
    def __init__(self, spans: list[Offsets]) -> None:
        self.spans = sorted(spans)
        self.index = 0

    def __call__(self, offset: int) -> bool:
        while self.index < len(self.spans) and self.spans[self.index][1] <= offset:
            self.index += 1
        return self.index < len(self.spans) and self.spans[self.index][0] <= offset


def _next_is_capital(tokens: list[tuple[int, int, str]], index: int, text: str) -> bool:
    if index + 1 >= len(tokens):
        return False
    start, _, word = tokens[index + 1]
    return word[0].isupper() and text[tokens[index][1] : start] == " "


def _is_headline(paragraph: str) -> bool:
    words = paragraph.split()
    if len(words) < 3 or len(paragraph) > 120 or paragraph.rstrip()[-1:] in '.!?”"':
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) >= 0.7


def _split_run(
    text: str,
    run: list[tuple[int, int, str]],
    titles: tuple[str, ...],
    title_words: frozenset[str],
    org_words: frozenset[str],
) -> list[_Segment]:
    """Cut a run at titles ("... Commissioner | Chris Magnus") and at "and" between two names."""
    words = [w for _, _, w in run]
    # a title followed by a name: what follows is a person with title evidence
    for i in range(len(words)):
        if words[i] not in title_words:
            continue
        for title in titles:
            parts = title.split()
            if words[i : i + len(parts)] != parts or i + len(parts) >= len(words):
                continue
            rest = run[i + len(parts) :]
            if rest[0][2] in _CONNECTORS or rest[0][2] in org_words:
                continue
            name = rest[: _name_length(rest, org_words, title_words)]
            if not name:
                continue
            before = _split_run(text, run[:i], titles, title_words, org_words) if i else []
            person = _segment(name)
            person.label = PERSON
            person.evidence.add("title")
            person.roles.add(title.lower())
            after = run[i + len(parts) + len(name) :]
            tail = _split_run(text, after, titles, title_words, org_words) if after else []
            return [*before, person, *tail]
    possessor = next((i for i, (_, _, w) in enumerate(run[:-1]) if re.search(r"\w['’]s$", w)), None)
    if possessor is not None:
        # "Iowa State University's Dianne Bystrom": the possessor and the name are two segments
        head, rest = run[: possessor + 1], run[possessor + 1 :]
        return [
            *_split_run(text, head, titles, title_words, org_words),
            *_split_run(text, rest, titles, title_words, org_words),
        ]
    of = _of_a_place(run, org_words)
    if of is not None:
        # "Donald Hartley of Madison": a name, then a place
        return [
            *_split_run(text, run[:of], titles, title_words, org_words),
            *_split_run(text, run[of + 1 :], titles, title_words, org_words),
        ]
    segments = []
    for piece in _split_at_and(run, org_words):
        while piece and piece[0][2] in _CONNECTORS and piece[0][2] != "The":
            piece = piece[1:]
        while piece and piece[-1][2] in _CONNECTORS:
            piece = piece[:-1]
        if piece and not all(w in title_words for _, _, w in piece):
            segments.append(_segment(piece))
    return segments


def _of_a_place(run: list[tuple[int, int, str]], org_words: frozenset[str]) -> int | None:
    """Where "of" joins a name of two words or more to a place ("Donald Hartley of Madison")."""
    words = [w for _, _, w in run]
    if "of" not in words[2:]:
        return None
    index = words.index("of", 2)
    name, place = words[:index], " ".join(words[index + 1 :])
    if any(w in org_words or w in _ORG_HEADS or w in _CONNECTORS for w in name):
        return None
    return index if place in lexicon.gazetteer() else None


def _name_length(
    rest: list[tuple[int, int, str]], org_words: frozenset[str], title_words: frozenset[str]
) -> int:
    length = 0
    for _, _, word in rest[:4]:
        if word in _CONNECTORS and word not in (
            "de",
            "van",
            "von",
            "der",
            "da",
            "du",
            "bin",
            "al",
            "del",
            "la",
        ):
            break
        if word in org_words or word in title_words:
            break
        length += 1
    return length


def _split_at_and(
    run: list[tuple[int, int, str]], org_words: frozenset[str]
) -> list[list[tuple[int, int, str]]]:
    pieces: list[list[tuple[int, int, str]]] = [[]]
    for position, token in enumerate(run):
        if token[2] in ("and", "&"):
            rest = [w for _, _, w in run[position + 1 :]]
            if not any(w in org_words for w in rest):
                pieces.append([])
                continue
        pieces[-1].append(token)
    return [p for p in pieces if p]


def _segment(tokens: list[tuple[int, int, str]]) -> _Segment:
    start, end = tokens[0][0], tokens[-1][1]
    words = [w for _, _, w in tokens]
    last = words[-1]
    for suffix in ("’s", "'s"):
        if last.endswith(suffix) and len(last) > len(suffix) + 1:
            words[-1] = last[: -len(suffix)]
            end -= len(suffix)
    return _Segment(start, end, words)


# --- classification ----------------------------------------------------------------------------------


def _classify(text: str, segments: list[_Segment]) -> None:
    org_words = lexicon.org_words()
    places = lexicon.gazetteer()
    dictionary = lexicon.dictionary()
    after, before = _attribution_patterns()
    # last words of multi-word names that are not places: "Clinton" after "Bill Clinton" is a person
    surnames = {s.words[-1] for s in segments if len(s.words) >= 2 and s.text not in places}
    for segment in segments:
        words = segment.words
        if segment.label is not None:
            continue
        if (words[0] == "The" and len(words) > 1 and words[-1] not in _NEWS_WORDS) or (
            words[0] == "The" and len(words) > 2
        ):
            segment.start += 4
            segment.words = words = words[1:]
        name = segment.text
        if any(w in org_words for w in words) or (words[0] in _ORG_HEADS and "of" in words):
            _as_org(segment, org_words)
            continue
        if _is_acronym(name) and name not in places:
            segment.label = ORG
            continue
        if name in places:
            single_word = len(words) == 1
            context = text[max(0, segment.start - 20) : segment.start]
            if single_word and name in surnames and not _PLACE_CONTEXT.search(context):
                pass
            elif not single_word or not dictionary.common(name) or _PLACE_CONTEXT.search(context):
                segment.label = GPE
                continue
        if words[0] == "The":
            continue
        if not all(_name_like(w) for w in words) or len(words) > 4:
            continue
        following = text[segment.end : segment.end + 220]
        preceding = text[max(0, segment.start - 40) : segment.start]
        if after.match(following):
            segment.evidence.add("attribution")
            if re.search(r"[,?!—][”\"]\s+$", preceding):
                # '"...," Bob said': capitalised in mid-sentence, a name even if a common word
                segment.evidence.add("after a quote")
        if before.search(preceding) or re.search(r"\baccording to\s+$", preceding):
            segment.evidence.add("attribution")
        if following.startswith("/"):
            segment.evidence.add("credit")
        segment.roles |= _appositive_roles(following)
        if len(words) >= 2 and _ROLE_BEFORE.search(preceding):
            segment.evidence.add("role")  # "campaign manager Jeff Weaver", "strategist Al Cardenas"
        described = _roles_before(preceding)
        if described and len(words) >= 2:
            segment.evidence.add("appositive")  # "the district's transportation manager, Rosa Delgado"
        segment.roles |= described


def _as_org(segment: _Segment, org_words: frozenset[str]) -> None:
    words = segment.words
    last_org = max(i for i, w in enumerate(words) if w in org_words or w in _ORG_HEADS)
    if words[last_org] in _ORG_HEADS and "of" in words[last_org:]:
        last_org = len(words) - 1
    if last_org < len(words) - 1:
        keep = words[: last_org + 1]
        segment.end = segment.start + len(" ".join(keep))
        segment.words = keep
    segment.label = ORG
    roles = segment.roles
    for word in segment.words:
        if word in _NEWS_WORDS:
            roles |= {"newspaper", "paper", "publication", "outlet", "news", "agency"}
        if word in _AGENCY_WORDS:
            roles |= {"agency", "department", "government", word.lower()}
        if word in _COMPANY_WORDS:
            roles |= {"company", "firm", "business"}
        roles.add(word.lower())


def _is_acronym(name: str) -> bool:
    plain = name.replace(".", "")
    return 2 <= len(plain) <= 6 and plain.isalpha() and plain.isupper() and name not in _NOT_NAMES


def _name_like(word: str) -> bool:
    return (
        word[0].isupper()
        and word not in lexicon.org_words()
        and word not in _DATE_WORDS
        and word not in lexicon.title_words()
        and word.lower() not in lexicon.FUNCTION_WORDS
        and not _is_acronym(word)
    ) or bool(re.fullmatch(rf"[{_U}]\.", word))


def _roles_before(preceding: str) -> set[str]:
    """ "the district's transportation manager, Rosa Delgado" -> {"transportation", "manager"} (also
    "Ruiz's communications director, Jane Moss")."""
    match = re.search(r"(?:\b(?:the|a|an)|['’]s)\s+([^,.;“”\"]{2,60}),\s+$", preceding, re.IGNORECASE)
    if not match:
        return set()
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", match.group(1))}
    return {w for w in words if w not in lexicon.FUNCTION_WORDS and w != "s"}


def _appositive_roles(following: str) -> set[str]:
    match = re.match(r",\s+(?:a|an|the)\s+([^,.;“”\"]{2,80}),", following)
    if not match:
        return set()
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", match.group(1))}
    return {w for w in words if w not in lexicon.FUNCTION_WORDS}


# --- people ------------------------------------------------------------------------------------------


def _people(text: str, segments: list[_Segment]) -> list[_Segment]:
    """The segments that name people: with their own evidence, or sharing a surname with one that does."""
    dictionary = lexicon.dictionary()
    candidates = [s for s in segments if s.label in (None, PERSON)]
    singles = {s.words[0] for s in candidates if len(s.words) == 1}
    people = []
    for segment in candidates:
        if segment.label == PERSON or segment.evidence:
            if (
                len(segment.words) == 1
                and "title" not in segment.evidence
                and (
                    (dictionary.common(segment.words[0]) and "after a quote" not in segment.evidence)
                    or _group_word(segment.words[0])
                )
            ):
                # "Officials said", "the Republican said": an ordinary word or the adjective of a party
                # or a nation in an attribution position is not a name
                continue
            segment.label = PERSON
            people.append(segment)
        elif (
            len(segment.words) >= 2
            and segment.words[-1] in singles
            and not any(w in lexicon.gazetteer() for w in (segment.text,))
        ):
            segment.label = PERSON
            segment.evidence.add("surname")
            people.append(segment)
    full_surnames = {s.words[-1] for s in people if len(s.words) >= 2}
    for segment in candidates:
        if segment.label is None and len(segment.words) == 1 and segment.words[0] in full_surnames:
            segment.label = PERSON
            segment.evidence.add("surname")
            people.append(segment)
    people.sort(key=lambda s: s.start)
    return people


_PARTY_WORDS = words(
    "Republican Republicans Democrat Democrats Democratic Libertarian Independent Conservative "
    "Liberal Progressive Socialist Labour Tory Green Communist"
)


def _group_word(word: str) -> bool:
    """Whether ``word`` names a party or the people of a place ("Republican", "Cuban", "Texans")."""
    return word in _PARTY_WORDS or lexicon.gazetteer().demonym(word)


def _join(entity: EntityFinding, segment: _Segment) -> None:
    """``segment`` becomes a mention of ``entity``; a government title makes the entity an official."""
    entity.mentions.append((segment.start, segment.end))
    entity.roles |= segment.roles
    if segment.roles & _GOVERNMENT_TITLES:
        entity.roles.add("official")


def _cluster_people(text: str, people: list[_Segment]) -> list[EntityFinding]:
    entities: list[EntityFinding] = []
    by_full: dict[str, EntityFinding] = {}
    by_surname: dict[str, list[tuple[int, EntityFinding]]] = {}
    singles: list[_Segment] = []
    for segment in people:
        if len(segment.words) < 2:
            singles.append(segment)
            continue
        key = segment.text
        entity = by_full.get(key)
        if entity is None:
            entity = EntityFinding(PERSON, key, [], "people")
            by_full[key] = entity
            entities.append(entity)
        _join(entity, segment)
        by_surname.setdefault(segment.words[-1], []).append((segment.start, entity))
    counts = Counter(s.words[0] for s in singles)
    lone: dict[str, EntityFinding] = {}
    for segment in singles:
        word = segment.words[0]
        entity = _surname_owner(by_surname.get(word, []), segment.start)
        if entity is None:
            entity = _near_owner(word, by_surname, counts)
        if entity is None:
            entity = lone.get(word)
        if entity is None:
            entity = EntityFinding(PERSON, word, [], "people")
            lone[word] = entity
            entities.append(entity)
        _join(entity, segment)
    # a lone surname that is a slip for another lone surname used more often joins it
    # (rarest first, and a word that joined another is no longer a target, so no mention is lost)
    for word, entity in sorted(lone.items(), key=lambda item: counts[item[0]]):
        for other, _ in fuzzy.near(
            word, [w for w in lone if counts[w] >= 2 * counts[word] and counts[w] >= 2]
        ):
            target = lone[other]
            target.mentions += entity.mentions
            target.roles |= entity.roles
            entities.remove(entity)
            del lone[word]
            break
    return entities


def _surname_owner(owners: list[tuple[int, EntityFinding]], position: int) -> EntityFinding | None:
    """The full name with this surname mentioned last before ``position`` (else the first one after)."""
    if not owners:
        return None
    index = bisect_left(owners, position, key=lambda owner: owner[0])
    return owners[index - 1][1] if index > 0 else owners[0][1]


def _near_owner(
    word: str, by_surname: dict[str, list[tuple[int, EntityFinding]]], counts: Counter[str]
) -> EntityFinding | None:
    if len(word) < 4:
        return None
    for surname, _ in fuzzy.near(word, by_surname):
        uses = counts[surname] + len(by_surname[surname])
        if uses >= 2 * counts[word] and uses >= 2:
            return by_surname[surname][-1][1]
    return None


# --- organisations, places, dates -------------------------------------------------------------------


def _org_key(name: str) -> str:
    for prefix in ("The ", "the ", "U.S. ", "US "):
        name = name.removeprefix(prefix)
    return name


def _cluster_orgs(segments: list[_Segment]) -> list[EntityFinding]:
    by_key: dict[str, EntityFinding] = {}
    order: list[EntityFinding] = []
    for segment in segments:
        key = _org_key(segment.text)
        entity = by_key.get(key)
        if entity is None:
            entity = by_key[key] = EntityFinding(ORG, key, [], "organisations")
            order.append(entity)
        entity.mentions.append((segment.start, segment.end))
        entity.roles |= segment.roles
        if len(segment.text) > len(entity.name) and _org_key(segment.text) == key:
            entity.name = key
    merged: list[EntityFinding] = []
    for entity in order:
        target = _longer_org(entity, order)
        if target is None:
            merged.append(entity)
        else:
            target.mentions += entity.mentions
            target.roles |= entity.roles
    return merged


def _longer_org(entity: EntityFinding, orgs: list[EntityFinding]) -> EntityFinding | None:
    """The one longer organisation this one stands for: "Times" -> "Los Angeles Times",
    "Homeland Security" -> "Department of Homeland Security", "DHS" -> "Department of Homeland Security"."""
    name = entity.name
    matches = []
    for other in orgs:
        if other is entity or len(other.name) <= len(name):
            continue
        if other.name.endswith(" " + name) or (
            _is_acronym(name) and _initials(other.name) == name.replace(".", "")
        ):
            matches.append(other)
    if len({m.name for m in matches}) == 1:
        return matches[0]
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _CONNECTORS and w[0].isupper())


def _cluster_by_name(segments: list[_Segment], label: str, rule: str) -> list[EntityFinding]:
    by_name: dict[str, EntityFinding] = {}
    for segment in segments:
        entity = by_name.setdefault(segment.text, EntityFinding(label, segment.text, [], rule))
        entity.mentions.append((segment.start, segment.end))
    return list(by_name.values())


def _dates(text: str, dates: list[Offsets]) -> list[EntityFinding]:
    by_name: dict[str, EntityFinding] = {}
    for start, end in dates:
        name = text[start:end]
        entity = by_name.setdefault(name.lower(), EntityFinding(DATE, name, [], "dates"))
        entity.mentions.append((start, end))
    return list(by_name.values())


def _add_repeats(text: str, entities: list[EntityFinding], layout: Layout) -> list[EntityFinding]:
    """Every other occurrence of a name already found (in a headline, at a sentence start...)."""
    taken = sorted(m for e in entities for m in e.mentions)
    surfaces: dict[str, EntityFinding] = {}
    for entity in entities:
        if entity.label == DATE:
            continue
        for start, end in entity.mentions:
            surface = text[start:end]
            if surfaces.setdefault(surface, entity) is not entity:
                surfaces[surface] = (
                    entity if len(entity.mentions) > len(surfaces[surface].mentions) else surfaces[surface]
                )
    if not surfaces:
        return entities
    pattern = re.compile(
        r"(?<![\w\-])(?:"
        + "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
        + r")(?![\w\-])"
    )
    covered = _Cover(taken)
    additions: list[tuple[int, int, EntityFinding]] = []
    for match in pattern.finditer(text):
        if covered(match.start()) or covered(match.end() - 1):
            continue
        additions.append((match.start(), match.end(), surfaces[match.group()]))
    for start, end, entity in additions:
        entity.mentions.append((start, end))
    for entity in entities:
        entity.mentions.sort()
    return entities
