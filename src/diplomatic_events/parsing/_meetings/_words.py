"""The patterns that cue a meeting, its kind, its time and its place."""

from __future__ import annotations

import re

from diplomatic_events._needed import holds_needed, may_match
from diplomatic_events.knowledge._grammar import grammar, literal_alternation
from diplomatic_events.knowledge._places import WELCOMED_BEFORE, WELCOMED_REACH
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.parsing._discovery._labels import SPEAKER_LABEL

_ABBREVIATION_STOP = r"(?-i:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.)"
"""The stop of a short capitalised abbreviation ("Maj.", "Gen.", "U.S."), no sentence's end."""
_WELCOMED_WINDOW = rf"(?:[^.;:\n]|{_ABBREVIATION_STOP}){{0,160}}?\b"
"""The words after "welcomed" up to what makes it a meeting, in one sentence."""
_GREETED_RANK = literal_alternation(grammar().greeted_ranks)
_VISITED_TITLE = literal_alternation(grammar().visited_titles)
"""The offices whose holder "visited" before them was called on (``grammar.toml``)."""
"""The ranks and offices a caption's "greets" names the one greeted by (``grammar.toml``)."""
_TRIGGER = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talks|talked|sit-down|sat\s+down|session|hosted"
    r"|had\s+(?:an?\s+)?(?:(?!phone|telephone|video|virtual)[\w-]+\s+){0,3}?(?:dialogue|discussions?)"
    # "held the fifth Papua New Guinea-Australia Annual Leaders' Dialogue"
    r"|held\s+(?:an?\s+|the\s+|their\s+)(?:(?!phone|telephone|video|virtual)[\w’'-]+\s+){0,6}?"
    r"(?:dialogue|consultations|discussions)"
    # "also held discussions with Minister of Transport Marc Garneau"
    r"|held\s+(?:(?!phone|telephone|video|virtual)[\w-]+\s+){0,2}?(?:discussions|consultations)"
    r"(?=\s+with\b)"
    r"|face-to-face|summit|shook\s+hands|shakes\s+hands|dinner|banquet|lunch|luncheon"
    # "A and B co-chaired the Joint Military Commission", "co-chaired by A and B"
    r"|co-chair(?:ed|ing)"
    r"|audience\s+with|bilateral\s+consultations"
    # "The President, Mr Bouteflika, granted an audience to the Secretary of State"
    r"|(?:grant(?:ed|s)?|g[ai]ve[ns]?)\s+(?:an\s+)?audience\s+to"
    # "welcomed Hakkanen to the Pentagon", "welcomed Commander of the Qatari Emiri Navy Maj.
    # Gen. A ... for discussions"; not "is welcomed by X upon his arrival": a greeting
    rf"|(?<!\bis\s)(?<!\bwas\s)(?<!\bbeen\s)welcomed(?=\s+{_WELCOMED_WINDOW}"
    r"(?:to\s+(?:the\s+)?(?-i:[A-Z])|for\s+(?:talks|discussions|(?:a|an)\s+(?:meeting|visit"
    r"|bilateral|office\s+call|courtesy\s+call))))"
    # "welcomed his counterpart from Kazakhstan, ...": a host receiving a counterpart
    r"|welcomed(?=\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?counterparts?\b)"
    # "visited with Indian Prime Minister Modi": American English for a call on someone;
    # "visited President Lula": a call on an office's holder, not a place
    r"|visited\s+with(?=\s+(?-i:[A-Z]))"
    rf"|visited(?=\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){{0,3}}?(?-i:{_VISITED_TITLE})\s+(?-i:[A-Z])"
    r"[\w.-]*\b(?![’']s\b))"
    # "discussed defense and NATO issues with Latvian President Vladis Zatlers": a topic
    # talked over with an office's holder or an officer named after "with", in one clause;
    # the words run to "with", so those named after them are the ones met, not the topic
    r"|discuss(?:ed|es)[^.;:!?\n]{0,120}?\bwith(?=\s+(?:(?:his|her|their|the)\s+)?"
    rf"(?:(?-i:[A-Z])[\w’'.-]*\s+){{0,3}}?(?-i:{_VISITED_TITLE}|{_GREETED_RANK})\b\.?\s+"
    r"(?-i:[A-Z]))"
    # "conducts a bilateral engagement with General Mbaye Cissé": the military's word
    r"|conduct(?:s|ed|ing)?\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?engagements?(?=\s+with\b)"
    # "engaged with Namibia's Minister of Defense": the military's verb for a meeting
    r"|engaged\s+with(?=\s+(?-i:[A-Z]))|greet(?:s|ed)?\s+each\s+other"
    r"|courtesy\s+calls?|office\s+calls?|key[\s-]leader\s+engagements?|called\s+on|received(?=\s+(?:(?-i:[a-z]+\s+){0,5}?by\b|(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])|(?-i:[A-Z])))|also\s+saw(?=\s+(?-i:[A-Z]))"
    # "I have had the chance to see President Poroshenko, Prime Minister Yatsenyuk, ...": a
    # call on someone, not a sight
    r"|(?:chance|opportunity)\s+to\s+see(?=\s+(?-i:[A-Z]))"
    # "was officially greeted upon his arrival ... by Gen. Dempsey", "Dempsey greeted Iwasaki"
    r"|greeted(?=\s+(?:(?:[\w’'-]+\s+){0,8}?by\s+(?-i:[A-Z])|(?-i:[A-Z])))"
    # a caption's present tense, with a rank or an office before the one greeted: "Lt. Gen.
    # Shaw greets Australian Army Lt. Gen. Gregory Bilton" (not "greets Sailors")
    rf"|greets(?=\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){{0,3}}?(?-i:{_GREETED_RANK})\b)"
    # "toured the Northern Army Yausubetsu Training Area with Lt. Gen. Hiroe Jiro", "toured
    # the Pentagon 9/11 Memorial with Sharif": the place's words up to eight, none a clause's
    r"|toured(?=\s+(?:[^\s,;:]+\s+){1,8}?with\s+(?:(?-i:[A-Z])|the\s)))\b",
    re.IGNORECASE,
)
"""Meeting words; "toured X with Y" is a meeting of the two who toured together."""
_ACTIVE = re.compile(
    r"\b(?:met|meets|meet\s+with|(?:will|to)\s+meet|held\s+(?:[\w-]+\s+){0,3}?talks|sat\s+down"
    # "she also held two hour discussions with Mohamed Morsi"
    r"|(?:held|had)\s+(?:[\w“”\"-]+\s+){0,4}?(?:discussions|consultations|talks)\s+with"
    r"|hosted|received"
    r"|called\s+on|also\s+saw|visited\s+with|engaged\s+with"
    # "He is also meeting with opposition leader Kem Sokha" in a story of the visit's day
    r"|(?:is|was|are|were)\s+(?:also\s+)?meeting\s+with"
    r"|had\s+(?:(?:a\s+)?(?:working\s+)?(?:dinner|lunch|breakfast))"
    # "During his meeting with Deputy Foreign Minister Fazilov, ...": the one "his" is met
    r"|(?:his|her|my|our)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|talks)\s+with"
    # "He spoke with reporters after meeting with officials, including ...": the subject met
    r"|\b(?:he|she|they)\s+(?:[\w-]+\s+){1,6}?(?:after|before|while|when)\s+meeting\s+with)\b",
    re.IGNORECASE,
)
"""Meeting verbs whose one named person met the story's visitor ("she also met Li Qiang")."""
_ANCHORED = re.compile(
    r"\b(?:(?P<next>the\s+(?:following|next)\s+(?:day|morning)|the\s+day\s+after|a\s+day\s+later)"
    r"|(?P<previous>the\s+(?:previous|prior)\s+(?:day|evening|night)|the\s+(?:day|evening|night)\s+before"
    r"|a\s+day\s+earlier)"
    r"|(?P<same>(?:later|earlier)\s+(?:(?:the\s+same|that)\s+day|in\s+the\s+day)|the\s+same\s+day))\b",
    re.IGNORECASE,
)
"""Days counted from the day the story last gave a meeting, not from the publication."""
_FUTURE = re.compile(
    r"\b(?:will|would|is\s+(?:due|set|expected|scheduled)\s+to|to\s+meet"
    # "They both looked forward to discussing ... at the ... meeting later this week"
    r"|look(?:s|ed|ing)?\s+forward\s+to"
    # "plans to" looks ahead as a verb ("he plans to visit"), not as a noun after a verb or a
    # determiner ("discussed plans to advance", "their plans to")
    r"|(?<!\bdiscussed\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bnew\s)plan(?:s|ning)?\s+to)\b",
    re.I,
)
_SEQUEL = re.compile(
    r"\b(?:followed\s+by|before|after|then|later|and\s+(?:a|an|the))\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Words before a meal that make it a meeting of its own after the talks ("followed by a
working dinner"); a meal named otherwise ("had dinner with Liu He") is the meeting itself."""
_MULTILATERAL = re.compile(
    r"\b(?:three|four|five|3|4|5)-way\b|\b(?:trilateral|quadrilateral)\b"
    r"|(?<![\w+])(?:2\s?\+\s?2|two[-\s]plus[-\s]two)(?![\w+])"
    # foreign and defence ministers of two countries at once: "Australia-UK Ministerial
    # Consultations", "the AUKMIN talks", "AUSMIN"
    r"|\bministerial\s+(?:\((?-i:[A-Z]+)\)\s+)?(?:consultations|talks)\b|\b(?-i:[A-Z]{2,4}MIN)\b",
    re.IGNORECASE,
)
_LATER_CLAUSE = re.compile(r",\s+(?:before|after|and\s+then|then|later)\b", re.IGNORECASE)
"""A clause after the meeting that tells what came next ("..., before being joined by X")."""
_NEW_CLAUSE = re.compile(
    # Never from inside a run of spaces, where its first space finds the same cut (see
    # _clauses): trying every space of a long run would cost its length squared.
    r"(?!(?<=\s)\s)(?:,\s+and\s+(?=(?:[\w’'-]+\s+){0,4}?(?:met|meets|held\s+talks|hosted|sat\s+down|called\s+on"
    r"|had\s+(?:a\s+)?(?:working\s+)?(?:dinner|lunch|breakfast|talks))\b)"
    r"|\s+and\s+(?=(?:then\s+|later\s+|also\s+)?(?:met|held\s+talks|called\s+on|hosted)\b)"
    # "a bilateral meeting with A this morning, after which, I had a bilateral meeting with B"
    r"|,\s+after\s+which,?\s+(?=(?:[\w’'-]+\s+){0,3}?(?:met|held\s+talks|hosted|called\s+on"
    r"|had\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks|dinner|lunch))\b))",
    re.IGNORECASE,
)
"""", and" before a second meeting verb ("..., and on Saturday evening had dinner with"),
"and" right before one ("held talks with A and called on B"), or ", after which" before
one ("a meeting with A, after which, I had a bilateral meeting with B")."""
_SPAN_OF_TIME = r"(?:a|an|one|two|three|four|several|\d+)\s+(?:hours?|days?|weeks?|months?)"
_BACKSTORY = re.compile(
    # Never from inside a run of spaces (its first space finds the same clause): searching
    # from every space of a long run would cost the run's length squared.
    rf"(?!(?<=\s)\s)(?:,\s+|\s+(?={_SPAN_OF_TIME}\s+(?:after|before)\b))"
    rf"(?:(?:soon|shortly|just|long|weeks|months|years|days)\s+|{_SPAN_OF_TIME}\s+)?"
    r"(?:after|before|since|following|building\s+on|recalling)\s+(?:[\w’'-]+\s+){0,8}?"
    r"(?:summits?|meetings?|talks|visits?|trips?|met)\b",
    re.IGNORECASE,
)
"""A clause after the meeting about another, earlier or later event (", soon after Kim's
summit with Trump", " a day after talks with Premier Li")."""
_THEN_CLAUSE = re.compile(r"(?!(?<=\s)\s)\s+before\s+(?=(?:the|his|her|[A-Z]\w*)\s)")
""""before" opening what someone did next, which may be a meeting of its own."""
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b[^,;:()“”\"]*")
"""An aside about a person or thing (", who is due to step down in March,"): its dates are
the aside's, not the meeting's."""
_SINCE_CLAUSE = re.compile(r"\bsince\s+[a-z]+ing\b(?:(?!\s+and\s)[^,;:()“”\"]|,(?=\s*\d))*")
"""When a period began (" since taking command of U.S. Africa Command on August 9, 2022"):
its dates are that earlier event's, not the meeting's; it ends at a comma before words or at
"and" ("since becoming the top U.S. diplomat and he met Saturday with ...")."""
_PAIR = re.compile(
    r"\b(?:the\s+two|both)\s+(?:leaders|men|women|presidents|ministers|chiefs|diplomats"
    r"|heads\s+of\s+state|counterparts)\b"
    r"|\bthe\s+(?:leaders|presidents|ministers|heads\s+of\s+state)['’](?=\s)",
    re.IGNORECASE,
)
"""Words for the two people the story has just named ("the two leaders met ...", "the
leaders' talks")."""
_PAIR_PARAGRAPHS = 2
_STORY_DAY_PARAGRAPHS = 3
"""How far back (in paragraphs) the last day the story named still dates an undated meeting
("On Friday Scholz met Xi ... Scholz also met Li, for talks that ran for an hour")."""
_LIST_GAP = re.compile(
    r"(?:\s*[,;]|\s*[,;]?\s+(?:and|as\s+well\s+as))\s+"
    r"(?:(?:[A-Z][\w’'.-]*[,;]?|of|the|for|and)\s+){0,8}"
)
"""Between two people of one list: a comma, a semicolon or "and", then the next one's
titles ("Minister Pevkur, Estonia; Minister Sprūds, Latvia; and Minister Šakalienė")."""
_COORDINATED = re.compile(
    r"\s*,?\s+(?:and|along\s+with|together\s+with)\s+(?:(?:[\w’'.-]+\s+){0,3}"
    # "A and the UK Secretary of State for Defence, the Rt Hon B": a second subject's office
    r"|(?:(?:the|of|for|and|(?-i:[A-Z])[\w’'.-]*),?\s+){0,12})",
    re.IGNORECASE,
)
"""Between two subjects that met a third together ("Biden and first lady Jill Biden hosted")."""
_ANAPHORA_NOUN = re.compile(
    r"\b(?:the|that|this|their|his|her)\s+(?:meeting|talks|session|sit-down|encounter)\b",
    re.IGNORECASE,
)
"""The first branch of :data:`_ANAPHORA`: one of its nouns ("the talks")."""
_ANAPHORA = re.compile(
    rf"{_ANAPHORA_NOUN.pattern}"
    r"|^\W*(?:It|They)\s+(?:lasted|began|started|ended|stretched|ran|went)\b",
    re.IGNORECASE,
)
_MEETING_NOUN = re.compile(r"talks|meeting|summit|session|sit-down", re.IGNORECASE)
"""Meeting words that name the meeting without saying who met ("came after talks that ...")."""
_MEAL = re.compile(r"[\s-]*(?:working\s+)?(?:dinner|banquet|lunch|luncheon|breakfast)\b", re.I)
_MEAL_WORD = re.compile(r"\b(?:working\s+)?(?:dinner|banquet|lunch|luncheon|breakfast)\b", re.I)
_COURTESY = re.compile(r"\b(?:courtesy|office)\s+call|called\s+on\b", re.I)
_PRESS = re.compile(r"\b(?:news|press)\s+conference\b", re.I)
_BETWEEN = re.compile(r"\bbetween\b", re.I)

_OFFSET = re.compile(r"\s*(?:before|beforehand|after|afterwards|later|earlier|ago|longer|late)\b")
"""Words after a length of time that make it an offset, not how long a meeting took."""
_LENGTH_CUE = re.compile(r"\b(?:for|lasted|lasting|ran|running)\s+$", re.IGNORECASE)
"""Words before a length that make it how long something took, whatever follows ("met for
an hour and a half before ...")."""
_WAIT = re.compile(r"\b(?:delay(?:ed)?|wait(?:ed)?|late)\s+(?:of\s+|by\s+|for\s+)?$", re.I)
"""Words before a length that make it a wait ("after a delay of more than an hour"), not
how long the meeting took."""
_COMPARATIVE = re.compile(r"\b(?:longer|more|later|earlier|shorter)\s*$", re.IGNORECASE)
"""A length ending so ("hours longer") compares; it does not say how long a meeting took."""
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|inside|outside|near|on|aboard|onboard|visit(?:ed|ing|s)?|toured)\s+"
    r"(?:(?:the|a|an)\s+)?"
    r"(?:[\w’'.-]+['’]s\s+|[\w’'.-]+\s+(?=[\w’'.-]+['’]s\s)){0,4}(?:[\w’'.-]+\s+){0,2}|^\W*)$",
    re.IGNORECASE,
)
"""What comes before a place that says the meeting was there ("at Beijing's cavernous ...")
rather than using the place for its government ("a State Department official", "seen by
Washington")."""
_LOCATIVE_REACH = 40
_WELCOMED_TO = re.compile(rf"{WELCOMED_BEFORE}to\s+(?:the\s+)?$", re.IGNORECASE)
"""A place a guest is welcomed to ("to welcome President Marcos to the Pentagon"), or that a
visit during which they met was to ("during Singh's visit April 4-6 to Joint Base
Lewis-McChord"), is where the meeting was."""
_WELCOMED_REACH = WELCOMED_REACH
_WHERE = re.compile(r",?\s+where\b")
"""After a place, says what follows happened there ("went to the White House, where he met")."""

_MEETING_MAX_MINUTES = 16 * 60
"""A duration longer than this is a visit's or a trip's, not a meeting's."""
_DAY_MINUTES = 24 * 60


_SPEAKER_LABEL = SPEAKER_LABEL
_PRINCIPAL_CHARACTERS = 300
"""How much a labelled person says, at least, to be one of those who met (a moderator or a
reporter says less)."""

# Each sentence is searched for most of these: a look-ahead for the characters a match can
# start with (see ``guarded``) lets most positions fail on one test. The matches are the same.
_ACTIVE = guarded(_ACTIVE)
_ANCHORED = guarded(_ANCHORED)
_BACKSTORY = guarded(_BACKSTORY)
_BETWEEN = guarded(_BETWEEN)
_COMPARATIVE = guarded(_COMPARATIVE)
_COORDINATED = guarded(_COORDINATED)
_COURTESY = guarded(_COURTESY)
_FUTURE = guarded(_FUTURE)
_LENGTH_CUE = guarded(_LENGTH_CUE)
_LIST_GAP = guarded(_LIST_GAP)
_MEAL = guarded(_MEAL)
_MEAL_WORD = guarded(_MEAL_WORD)
_MEETING_NOUN = guarded(_MEETING_NOUN)
_MULTILATERAL = guarded(_MULTILATERAL)
_NEW_CLAUSE = guarded(_NEW_CLAUSE)
_PAIR = guarded(_PAIR)
_PRESS = guarded(_PRESS)
_SEQUEL = guarded(_SEQUEL)
_THEN_CLAUSE = guarded(_THEN_CLAUSE)
_ATTENDED_WORDS = literal_alternation(grammar().attended_words, space=r"[ \t\u00a0]+")
"""Words of taking part in a meeting (``grammar.toml``), their words apart on one line."""
_ATTENDED = re.compile(
    rf"\b(?:{_ATTENDED_WORDS})[ \t\u00a0]+"
    r"(?:the|this|that|these|those)[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+){0,2}?(?=meetings?\b|talks\b)",
    re.IGNORECASE,
)
"""Taking part in a meeting told before: "also participated in the meeting"."""
_TRIGGER = guarded(_TRIGGER)
_WAIT = guarded(_WAIT)
_WELCOMED_TO = guarded(_WELCOMED_TO)
_ATTENDED = guarded(_ATTENDED)


def _find_anaphora(words: str) -> re.Match[str] | None:
    """``_ANAPHORA.search(words)``: a clause naming none of its nouns (none of the words
    :func:`may_match` tells from :data:`_ANAPHORA_NOUN`) can match only at its start ("It
    lasted ..."), which ``match`` tries alone."""
    if may_match(_ANAPHORA_NOUN, words):
        return _ANAPHORA.search(words)
    return _ANAPHORA.match(words)


def _find_press(words: str) -> re.Match[str] | None:
    """``_PRESS.search(words)``, searched only in a clause holding the literal every match
    holds ("conference", :func:`holds_needed`)."""
    return _PRESS.search(words) if holds_needed(_PRESS, words) else None
