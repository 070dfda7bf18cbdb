"""Dates in a POA and their role: the execution date, an explicit expiration date, or neither.

The role comes from the words just before a date in its sentence ("IN WITNESS WHEREOF ... as of", "until",
"My Commission Expires"), from signature blocks and from a dated letter head; dateparser normalizes the text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexicon import PATTERN_DIR

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:\s?(?:st|nd|rd|th))?"
_YEAR = r"(?:19|20)\d{2}"
# a day written out, as testimonia often have it: 'this seventh day of December, 2000', 'twenty-first day of'
_ORDINALS = [
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth"),
    *("nineteenth", "twentieth"),
]
_DAY_WORDS = {word: n for n, word in enumerate(_ORDINALS, 1)}
_DAY_WORDS.update({f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINALS[:9], 1)})
_DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31})
_DAY_WORD = r"(?:twenty[- ]|thirty[- ])?(?:" + "|".join(_ORDINALS) + r"|thirtieth)"
DATE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY}(?:[ \t]*,)?\s*{_YEAR}"  # ('November 10   , 2020': a blank filled in)
    rf"|(?:{_DAY}|{_DAY_WORD}),?\s+day\s+of\s+{_MONTH}\s*,?\s*(?:in\s+the\s+year\s+)?{_YEAR}"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
    rf"|[01]?\d/[0-3]?\d/(?:{_YEAR}|\d{{2}})(?!\d)"
    rf"|(?<![\w-])[01]?\d-[0-3]?\d-(?:{_YEAR}|\d{{2}})(?![\w-])"  # 'Date: 9-12-03'
    # day first, as outside the US, when the day cannot be a month: 'Dated as of 20-8-2003', '25/11/2010'
    rf"|(?<![\w/-])(?:1[3-9]|2\d|3[01])([-/])(?:0?[1-9]|1[0-2])\1{_YEAR}(?![\w/-])"
    rf"|[01]?\d/[0-3]?\d[ \t]*,[ \t]*{_YEAR})",  # a form's blank filled in: 'DATED:  3/20   , 2001'
    re.IGNORECASE,
)
_LABEL_BELOW = re.compile(r"\n[ \t|]*(?:date|dated)[ \t|:]*(?:\n|$)", re.IGNORECASE)
# an instrument that dates itself in its opening ('(the "Agreement") was signed by the following parties on')
_SELF_DATED = re.compile(
    r"(?:\([^()]{0,60}?[\"“](?:this\s+|the\s+)?(?:Agreement|Power\s+of\s+Attorney|Proxy)[\"”]\s*\)"
    r"|\bthis\s+(?:power\s+of\s+attorney|proxy))"
    r"\s*,?\s+(?:is|was|has\s+been)\s+(?:made\s+and\s+)?(?:entered\s+into|concluded|signed|executed|made|issued)\b"
    r"[^.;()]{0,120}?(?:\([^()]{0,40}\)[^.;()]{0,40}?)?\b(?:on|as\s+of)\s+$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(r"\s+\d{1,2}:\d{2}\b")
_EFFECTIVE = re.compile(r"\beffective\s+(?:on\s+|as\s+of\s+)?$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?<!\b[A-Z])[.;!?]\s|\n\s*\n")  # (not an initial: "Frank R. Seaver")


@dataclass(frozen=True)
class DateMention:
    value: dt.date
    start: int
    end: int
    role: str  # executed | expires | other
    score: float


@cache
def _cues() -> dict[str, tuple[str, ...]]:
    data = json.loads((PATTERN_DIR / "date_cues.json").read_text(encoding="utf-8"))
    return {role: tuple(sorted(words, key=len, reverse=True)) for role, words in data.items()}


@lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """Normalize one date expression ('the 9th day of October, 2006', '1/30/03') with dateparser."""
    import dateparser

    cleaned = re.sub(r"\s+", " ", text)
    cleaned = re.sub(r"^(\d{1,2}/\d{1,2}) ?, ?(\d{4})$", r"\1/\2", cleaned)  # '3/20 , 2001'
    cleaned = re.sub(
        _DAY_WORD, lambda m: str(_DAY_WORDS.get(m.group().lower().replace(" ", "-"), m.group())), cleaned, flags=re.I
    )
    cleaned = re.sub(r"(?i),?\s*\bday of\b|\bin the year\b", " ", cleaned)  # also 'the 16th, day of November'
    cleaned = re.sub(r"(?i)(\d)\s?(st|nd|rd|th)\b", r"\1", cleaned)
    cleaned = re.sub(r",(?=\S)", ", ", cleaned)
    parsed = dateparser.parse(
        cleaned,
        languages=["en"],
        settings={"DATE_ORDER": "MDY", "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )
    return parsed.date() if parsed else None


def _nearest_cue(before: str) -> tuple[str | None, int]:
    """The role of the cue closest to the date in the text before it, and how far back it stands."""
    best: tuple[str | None, int, int] = (None, 10**6, 0)
    low = before.lower()
    for role, words in _cues().items():
        for word in words:
            at = _last_word(low, word)
            if at < 0:
                continue
            distance = len(low) - (at + len(word))
            # a longer cue that ends at the same place wins ("commission expires" over "expires", "expire as of"
            # over "as of")
            if distance < best[1] or (distance == best[1] and len(word) > best[2]):
                best = (role, distance, len(word))
    return best[:2]


def _last_word(text: str, word: str) -> int:
    """Where ``word`` last stands as a whole word: 'file' inside 'filed' and 'signed' inside 'undersigned' do not
    count."""
    at = text.rfind(word)
    while at >= 0:
        clear_before = at == 0 or not (word[0].isalnum() and text[at - 1].isalnum())
        after = at + len(word)
        clear_after = after == len(text) or not (word[-1].isalnum() and text[after].isalnum())
        if clear_before and clear_after:
            return at
        at = text.rfind(word, 0, at)
    return -1


def find_dates(view: str, signature_start: int | None = None) -> list[DateMention]:
    """Every date with its role and a score; higher scores are better execution-date candidates."""
    mentions = []
    head_end = _head_end(view)
    for match in DATE.finditer(view):
        value = parse_date(match.group())
        if value is None:
            continue
        sentence_from = max(
            (m.end() for m in _SENTENCE_START.finditer(view, max(0, match.start() - 300), match.start())), default=0
        )
        before = view[max(sentence_from, match.start() - 160) : match.start()]
        role, distance = _nearest_cue(before)
        self_dated = _SELF_DATED.search(before)
        if self_dated:  # 'This ... Agreement (the "Agreement") is entered into on September 8, 2020'
            role, distance = "executed", 0
        elif role != "executed" and _EFFECTIVE.search(before):
            # 'Effective June 1, 2015, each person ...', 'shall become effective on': weaker than 'Dated:'
            role, distance = "executed", 100

        line_start = view.rfind("\n", 0, match.start()) + 1
        line_end = view.find("\n", match.end())
        line = view[line_start : line_end if line_end >= 0 else len(view)]
        alone = not line.replace(match.group(), "").strip(" |,:.")
        score = 0.0
        if role == "executed":
            score = 3.0 if distance < 60 else 1.5
        elif role == "expires" or (role == "neither" and distance < 80):
            score = -3.0
        if signature_start is not None and match.start() >= signature_start and role != "neither":
            score = max(score, 2.0)
        if role is None and signature_start is not None and 0 <= signature_start - match.end() < 200:
            score = max(score, 1.0)  # the line just above the signatures ('..., on the 1st day of June, 2007.')
        if alone and match.start() < head_end and role is None:
            score = max(score, 2.0)  # the date line of a letter or of a title block
        if alone and role is None and _LABEL_BELOW.match(view, line_end if line_end >= 0 else len(view)):
            score = max(score, 2.0)  # a form's label under its value: 'August 10, 2009' / 'Date:'
        sentence = view[max(sentence_from, match.start() - 300) : match.start()]
        recital = re.search(r"\bwhereas\b", sentence, re.IGNORECASE) or re.search(
            r"\b(?:agreement|plan|indenture|contract|letter|resolutions?|trust(?:ees)?|endowment|foundation|instrument"
            r"|deed|will)\b(?:[^.;]|(?<=\s[A-Z])\.){0,80}?\bdated\s+(?:as\s+of\s+)?$"  # ('... Frank R. Seaver College')
            # ... or another agreement signed before: 'the Exclusive Purchase Option Agreement signed on March 29, 2019'
            r"|\b(?:agreement|plan|indenture|contract)\b[^.;]{0,80}?\b(?:signed|entered\s+into)\s+(?:as\s+of\s+|on\s+)?$"
            # a power granted before this one: 'revokes ... a power of attorney executed by the undersigned on'
            r"|\b(?:a|any|prior|previous|earlier|original|certain)\s+(?:(?:prior|previous|earlier|original|limited)\s+)?"
            r"powers?\s+of\s+attorney\b[^.;]{0,80}?\b(?:executed|dated|granted|signed|given)\b[^.;]{0,40}?$"
            # an act of the board or the holders: 'the Plan approved by the Board of Directors on March 18, 2004'
            r"|\b(?:approved|adopted|ratified)\s+(?:by\s+(?:the\s+|its\s+)?(?:board|shareholders|stockholders"
            r"|directors|trustees|members)\b[^.;]{0,40}?\s+)?(?:on|as\s+of)\s+$",
            before,
            re.IGNORECASE,
        )
        # 'WHEREAS, ... the Agreement and Plan of Merger, dated as of January 30, 2005'; and a word processor's stamp
        # ('2/15/2005 1:44 PM') dates no signing
        if (recital and not self_dated) or _TIME_AFTER.match(view, match.end()):
            role, score = "other", 0.0
        if role == "expires":
            kind = "expires"
        elif score > 0:
            kind = "executed"
        else:
            kind = "other"
        mentions.append(DateMention(value, match.start(), match.end(), kind, score))
    return mentions


def _head_end(view: str) -> int:
    """End of the first dozen non-empty lines: where a letter's or a title block's date stands."""
    for count, match in enumerate(re.finditer(r"[^\n]*\S[^\n]*", view), start=1):
        if count >= 12:
            return match.end()
    return len(view)


def execution_date(mentions: list[DateMention]) -> DateMention | None:
    """The best-scored executed date; the first one among equals."""
    candidates = [m for m in mentions if m.role == "executed"]
    return max(candidates, key=lambda m: (m.score, -m.start)) if candidates else None


def expiration_date(mentions: list[DateMention]) -> DateMention | None:
    found = [m for m in mentions if m.role == "expires"]
    return found[0] if found else None
