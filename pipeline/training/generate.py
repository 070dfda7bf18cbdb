"""Synthetic power-of-attorney exhibits with their entity spans known by construction.

Templates follow how POAs are written on EDGAR (Section 16 powers, confirming statements, signature pages of
registration statements, fund trustee powers, entity grantors signing through a general partner, letters,
general powers with a notary's acknowledgment) and how EDGAR renders them (hard line breaks inside sentences
and names, ``<PAGE>`` markers, ``|`` cells of converted HTML tables, space-aligned columns, texts cut off at
2,000 characters, light typos). Names, companies, places and dates come from Faker with a fixed seed, so the
same seed gives the same file (for the Faker version recorded in each row).

Labels follow the gold labels (LABELING.md): PERSON/ORG for the grantors, agents and company wherever their
names are written, TITLE for a grantor's office; notaries, witnesses and officers who sign for an entity are
left unlabelled.

    python -m pipeline.training.generate [--n 2000] [--seed 0] [--out data/train/generated.jsonl]
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import random
import re
import string
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import faker
from faker import Faker

from . import GENERATED, write_jsonl

T = TypeVar("T")

Span = list  # [start, end, label]

# ------------------------------------------------------------------------------------------ the draft


class Draft:
    """A document built piece by piece; labelled pieces become spans."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, str | None]] = []

    def __call__(self, text: str, label: str | None = None) -> Draft:
        if text.startswith(".") and self.parts and self.parts[-1][0].endswith("."):
            text = text[1:]  # 'Holdings Ltd.' ends the sentence: one period, not two
        if text:
            self.parts.append((text, label))
        return self

    def render(self) -> tuple[str, list[Span]]:
        out: list[str] = []
        spans: list[Span] = []
        pos = 0
        for text, label in self.parts:
            if label:
                lead = len(text) - len(text.lstrip())
                core = text.strip()
                spans.append([pos + lead, pos + lead + len(core), label])
            out.append(text)
            pos += len(text)
        return "".join(out), spans


class Edit:
    """Text plus spans under edits that keep the spans on the same characters."""

    def __init__(self, text: str, spans: list[Span]) -> None:
        self.text, self.spans = text, [list(s) for s in spans]

    def inside(self, pos: int) -> bool:
        return any(a < pos < b for a, b, _ in self.spans)

    def apply(self, inserts: dict[int, str], replaces: dict[int, str] | None = None) -> None:
        """Insert strings before old positions and replace single characters, in one pass."""
        replaces = replaces or {}
        out: list[str] = []
        start_map = [0] * (len(self.text) + 1)
        end_map = [0] * (len(self.text) + 1)
        n = 0
        for i in range(len(self.text) + 1):
            end_map[i] = n
            ins = inserts.get(i, "")
            out.append(ins)
            n += len(ins)
            start_map[i] = n
            if i < len(self.text):
                out.append(replaces.get(i, self.text[i]))
                n += 1
        self.text = "".join(out)
        self.spans = [[start_map[a], end_map[b], label] for a, b, label in self.spans]

    def cut(self, at: int) -> None:
        self.text = self.text[:at]
        self.spans = [s for s in self.spans if s[1] <= at]


# ------------------------------------------------------------------------------------------ parties

_LOCALES = ("en_US", "en_GB", "en_CA", "en_IE", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_IN")
_LOCALE_WEIGHTS = (70, 6, 4, 2, 3, 3, 3, 3, 3, 3)
_SUFFIXES = ("Jr.", "Sr.", "II", "III", "IV")


@dataclass
class Person:
    first: str
    middle: str
    last: str
    suffix: str = ""
    nick: str = ""
    style: str = "fml"
    title: str | None = None

    @property
    def name(self) -> str:
        """The fullest written form ('John A. Smith, Jr.', 'J. Michael Ross III')."""
        first = self.first
        middle = self.middle
        if self.style == "fl" or not middle:
            parts = [first]
        elif self.style == "fmfull":
            parts = [first, middle]
        elif self.style == "iml":
            parts = [first[0] + ".", middle]
        elif self.style == "iil":
            parts = [first[0] + ".", middle[0] + "."]
        elif self.style == "iil_bare":
            parts = [first[0], middle[0]]
        elif self.style == "iil_glued":
            parts = [f"{first[0]}.{middle[0]}."]
        else:
            parts = [first, middle[0] + "."]
        if self.nick:
            parts.insert(1, f"“{self.nick}”" if self.style != "fl" else f'"{self.nick}"')
        name = " ".join([*parts, self.last])
        if self.suffix:
            name += (", " if self.suffix.endswith(".") and self.style != "iil" else " ") + self.suffix
        return name

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Org:
    name: str
    title: str | None = None  # never set: organizations hold no office

    @property
    def short(self) -> str:
        return self.name


Party = Person | Org


@dataclass
class World:
    """Faker instances and word lists; every draw goes through ``rng`` or the seeded Fakers."""

    rng: random.Random
    fakers: dict[str, Faker] = field(default_factory=dict)

    @classmethod
    def make(cls, seed: int) -> World:
        world = cls(random.Random(seed))
        for i, loc in enumerate(_LOCALES):
            fake = Faker(loc)
            fake.seed_instance(seed * 100 + i)
            world.fakers[loc] = fake
        return world

    @property
    def us(self) -> Faker:
        return self.fakers["en_US"]

    def fake(self) -> Faker:
        return self.fakers[self.rng.choices(_LOCALES, _LOCALE_WEIGHTS)[0]]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def person(self, title: str | None = None) -> Person:
        fake = self.fake()
        first = fake.first_name()
        last = fake.last_name()
        middle = fake.first_name() if self.chance(0.8) else ""
        style = self.rng.choices(
            ("fml", "fl", "fmfull", "iml", "iil", "iil_bare", "iil_glued"), (55, 25, 7, 8, 5, 1, 1)
        )[0]
        suffix = self.pick(_SUFFIXES) if self.chance(0.08) else ""
        nick = self.us.first_name() if self.chance(0.015) else ""
        if self.chance(0.05):
            last = f"{last}-{fake.last_name()}"
        return Person(first.strip(), middle.strip().split(" ")[0], last.strip(), suffix, nick, style, title)

    def brand(self) -> str:
        """A company's distinctive words: a surname, a place, an invented word ('Qorvana', 'PictureTel'),
        an acronym ('WPX')."""
        kind = self.rng.random()
        if kind < 0.35:
            return self.us.last_name()
        if kind < 0.5:
            return self.pick((self.us.city(), self.us.state(), self.fake().city(), self.pick(_REGIONS)))
        if kind < 0.6:
            return "".join(self.pick(string.ascii_uppercase) for _ in range(self.rng.randint(2, 5)))
        syl = ("ar", "ex", "on", "ta", "vi", "no", "qu", "ri", "zen", "al", "tri", "cor", "mar", "tek", "lum", "sol")
        word = "".join(self.pick(syl) for _ in range(self.rng.randint(2, 3)))
        if kind < 0.7:
            return word.capitalize() + self.pick(("Tel", "Soft", "Gen", "Med", "Net", "Star", "Point"))
        return word.capitalize()

    def company(self) -> str:
        kind = self.rng.random()
        brand = self.brand()
        if self.chance(0.25):
            words = self.pick(_INDUSTRY_PHRASES)
            end = self.pick(
                (
                    "Company",
                    "Corporation",
                    "Co., Ltd.",
                    "Company Limited",
                    "Inc.",
                    "International Inc.",
                    "Limited",
                    "Partnership",
                    "Holdings, Ltd.",
                    "Group Ltd.",
                    "Corp.",
                )
            )
            return f"{brand} {words} {end}".replace(" Inc.", ", Inc." if self.chance(0.5) else " Inc.")
        if kind < 0.45:
            return f"{brand} {self.pick(_INDUSTRY)}{self.pick(_CORP_SUFFIX)}"
        if kind < 0.6:
            return f"{brand}{self.pick(_CORP_SUFFIX)}".replace(" ,", ",")
        if kind < 0.7:
            return f"{brand} & {self.us.last_name()}{self.pick(_CORP_SUFFIX)}"
        if kind < 0.78:
            return f"The {brand} {self.pick(('Group', 'Companies', 'Corporation', 'Trust Company'))}, Inc."
        if kind < 0.86:
            kind_of_bank = self.pick(("Bancorp", "Bancshares, Inc.", "Financial Corporation", "Savings Bank"))
            return f"{self.us.city()} {kind_of_bank}"
        if kind < 0.93:
            return f"{brand} {self.pick(_INDUSTRY)} {self.pick(('plc', 'N.V.', 'S.A.', 'AG', 'Ltd.', 'Limited', 'SE'))}"
        return f"{brand} {self.pick(_INDUSTRY)} Holdings{self.pick((', Inc.', ' Corp.', ' Ltd.', ', LLC'))}"

    def fund(self) -> str:
        brand = self.brand()
        roman = self.pick(("", " II", " III", " IV", " V", " VI", " VIII", " X", " XII", " 2010", " 2019"))
        forms = (
            f"{brand} Capital Partners{roman}, L.P.",
            f"{brand} Ventures{roman}, L.P.",
            f"{brand} Growth Fund{roman}, L.P.",
            f"{brand} Equity Partners{roman} LP",
            f"{brand} {self.pick(('Master', 'Offshore', 'Opportunity', 'Credit'))} Fund{roman} Ltd.",
            f"{brand} Investments{roman} LLC",
            f"{brand} Associates{roman}, L.L.C.",
            f"{brand} Holdings{roman}, LLC",
            f"{brand} Family Trust",
            f"{brand} Foundation",
        )
        return self.pick(forms)

    def gp(self, fund: str) -> str:
        base = fund.split(" ")[0]
        return self.pick(
            (
                f"{base} Management, L.L.C.",
                f"{base} GP, LLC",
                f"{base} Capital Advisors, LLC",
                f"{base} Partners GP, L.P.",
            )
        )

    def trust(self) -> str:
        brand = self.brand()
        return self.pick(
            (
                f"{brand} Variable Insurance Trust",
                f"{brand} Funds Trust",
                f"{brand} Municipal Income Fund, Inc.",
                f"{brand} Series Trust",
                f"{brand} Investment Trust",
                f"{brand} Global Equity Fund",
                f"{brand} Life Insurance Company",
                f"{brand} Strategic Income Fund, Inc.",
            )
        )

    def firm(self) -> str:
        a, b = self.us.last_name(), self.us.last_name()
        return self.pick((f"{a} & {b} LLP", f"{a}, {b} & {self.us.last_name()} LLP", f"{a} Trust Company", f"{a} LLP"))

    def date(self) -> dt.date:
        return dt.date(1994, 1, 1) + dt.timedelta(days=self.rng.randint(0, 30 * 365))

    def state(self) -> str:
        return self.pick(("Delaware",) * 6 + ("Nevada", "Maryland", "New York", "Texas", "California", "Ohio"))


_INDUSTRY = (
    "Pharmaceuticals",
    "Therapeutics",
    "Energy",
    "Resources",
    "Technologies",
    "Systems",
    "Networks",
    "Software",
    "Financial",
    "Insurance",
    "Realty",
    "Properties",
    "Semiconductor",
    "Communications",
    "Industries",
    "Brands",
    "Foods",
    "Healthcare",
    "Biosciences",
    "Oil & Gas",
    "Mining",
    "Logistics",
    "Media",
    "Airlines",
    "Motors",
    "Chemical",
    "Steel",
    "Entertainment",
    "Medical",
    "Labs",
    "Solutions",
    "Bancorp",
    "Power",
    "Gold",
    "Retail",
    "Capital",
    "Genomics",
    "Instruments",
    "Materials",
    "Water",
    "Hotels",
    "Restaurants",
    "Apparel",
    "Minerals",
)
_REGIONS = (
    "Pacific",
    "Atlantic",
    "Western",
    "Southern",
    "Northern",
    "Eastern",
    "Great Lakes",
    "Mid-America",
    "Appalachian",
    "Western-Southern",
    "Gulf Coast",
    "Rocky Mountain",
    "Continental",
    "American",
    "First National",
    "United",
    "Beijing",
    "Shanghai",
    "Bermuda",
    "Cayman",
    "London",
    "Toronto",
    "Dublin",
    "Mumbai",
    "Tokyo",
)
_INDUSTRY_PHRASES = (
    "Life and Annuity Insurance",
    "Iron & Steel",
    "Oil and Gas",
    "Technology and Development",
    "Power",
    "Light & Power",
    "Gas and Electric",
    "Life Assurance",
    "Investment",
    "Industries",
    "Tea",
    "Chemicals",
    "Design Labs",
    "Brotherhood",
    "Variable Insurance Products",
    "Energy Partners",
    "Health Services",
    "Savings and Loan",
    "Pipeline",
    "Water Works",
    "Telephone and Telegraph",
    "Motor Freight",
    "Trust",
    "Mutual Life Insurance",
    "Capital Management",
    "Asset Management",
    "Title Insurance",
    "Realty Investors",
)
_CORP_SUFFIX = (
    ", Inc.",
    " Inc.",
    " Corporation",
    " Corp.",
    " Company",
    " Co.",
    ", Ltd.",
    " Limited",
    ", LLC",
    " Incorporated",
    " Group, Inc.",
    " Holdings, Inc.",
    ", L.P.",
    " Trust",
)

_OFFICES = (
    "Chief Executive Officer",
    "President",
    "President and Chief Executive Officer",
    "Chief Financial Officer",
    "Executive Vice President and Chief Financial Officer",
    "Senior Vice President, General Counsel and Secretary",
    "Vice President and Controller",
    "Chief Accounting Officer",
    "Treasurer",
    "Chief Operating Officer",
    "Executive Chairman",
    "Chairman of the Board",
    "Vice President, Finance",
    "Chief Technology Officer",
    "Senior Vice President, Human Resources",
    "Executive Vice President, Operations",
    "Corporate Secretary",
    "Senior Vice President and Chief Information Officer",
    "Vice President, Investor Relations",
    "President and Chief Operating Officer",
    "Executive Vice President, Sales and Marketing",
    "General Counsel",
    "Senior Vice President and Treasurer",
    "Chief Legal Officer and Secretary",
    "Vice Chairman",
)
_PRINCIPAL = (
    "(Principal Executive Officer)",
    "(Principal Financial Officer)",
    "(Principal Accounting Officer)",
    "(Principal Financial and Accounting Officer)",
)


def office(w: World, board: bool = True) -> str:
    """A grantor's office as a signature page or a letter states it."""
    if board and w.chance(0.45):
        return w.pick(
            (
                "Director",
                "Director",
                "Director",
                "Trustee",
                "Independent Director",
                "Lead Director",
                "Manager",
                "Member",
                "Managing Member",
                "General Partner",
                "director",
                "Director and Member of the Audit Committee",
            )
        )
    title = w.pick(_OFFICES)
    if w.chance(0.25):
        parts = [title, *w.rng.sample(_OFFICES, w.rng.randint(1, 2))]
        if w.chance(0.5):
            parts.append("Director")
        sep = w.pick((", ", ", ", "; "))
        title = sep.join(parts[:-1]) + w.pick((" and ", ", ")) + parts[-1]
    elif w.chance(0.3):
        title += " and Director"
    if w.chance(0.25):
        title += " " + w.pick(_PRINCIPAL)
    if w.chance(0.05):
        title = title.upper()
    return title


# ------------------------------------------------------------------------------------------ phrases

_MONTHS = tuple(calendar.month_name[1:])


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_text(w: World, d: dt.date, phrase: bool = False) -> str:
    month = _MONTHS[d.month - 1]
    if phrase and w.chance(0.5):
        return w.pick(
            (
                f"this {ordinal(d.day)} day of {month}, {d.year}",
                f"the {ordinal(d.day)} day of {month} {d.year}",
                f"this {d.day} day of {month}, {d.year}",
            )
        )
    return w.pick(
        (
            f"{month} {d.day}, {d.year}",
            f"{month} {d.day}, {d.year}",
            f"{d.month}/{d.day}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{d.day} {month} {d.year}",
            f"{month[:3]}. {d.day}, {d.year}",
            f"{month.upper()} {d.day}, {d.year}",
            f"{month} {ordinal(d.day)}, {d.year}",
        )
    )


def honorific(w: World) -> str:
    return w.pick(("Mr. ", "Ms. ", "Dr. ", "Sir ", "Mrs. ")) if w.chance(0.2) else ""


def address(w: World) -> str:
    """Where a person or an agent is found: a city, a street address, or '{company}, {street}, {city} {post code}'."""
    fake = w.fake()
    kind = w.rng.random()
    if kind < 0.35:
        return f"{w.us.city()}, {w.us.state()}"
    if kind < 0.7:
        return fake.address().replace("\n", ", ")
    return f"{w.company()}, {fake.street_address()}, {fake.city()} {fake.postcode()}"


def name_as(w: World, party: Party, caps: float = 0.0) -> str:
    name = party.name
    return name.upper() if w.chance(caps) else name


def put_list(w: World, d: Draft, parties: list[Party], caps: float = 0.0, style: str | None = None) -> None:
    """'A, B and C' / 'A; B; and C' / 'A and/or B' with each name labelled."""
    style = style or w.pick(("and", "and", "oxford", "or", "semi", "andor"))
    upper = w.chance(caps)
    for i, party in enumerate(parties):
        if i:
            last = i == len(parties) - 1
            if style == "semi":
                d("; and " if last else "; ")
            elif style == "andor" and len(parties) == 2:
                d(" and/or ")
            elif last:
                conj = "or" if style == "or" else "and"
                d(f", {conj} " if style == "oxford" and len(parties) > 2 else f" {conj} ")
            else:
                d(", ")
        d(party.name.upper() if upper else party.name, label(party))


def label(party: Party) -> str:
    return "ORG" if isinstance(party, Org) else "PERSON"


def pronoun(w: World) -> tuple[str, str]:
    return w.pick((("his", "him"), ("her", "her"), ("his or her", "him or her"), ("his/her", "him/her")))


def know_all(w: World) -> str:
    return w.pick(
        (
            "KNOW ALL BY THESE PRESENTS",
            "KNOW ALL MEN BY THESE PRESENTS",
            "Know all by these presents",
            "KNOW ALL PERSONS BY THESE PRESENTS",
            "Know All Men By These Presents",
            "BE IT KNOWN",
        )
    )


def appoints(w: World, plural: bool = False) -> str:
    verbs = (
        "constitutes and appoints",
        "makes, constitutes and appoints",
        "appoints",
        "designates and appoints",
        "constitutes, designates and appoints",
        "authorizes and designates",
        "nominates, constitutes and appoints",
    )
    verb = w.pick(verbs)
    does = w.chance(0.1)
    if plural or does:
        verb = re.sub(r"s\b", "", verb)
    return ("hereby " if w.chance(0.75) else "") + ("does " if does and not plural else "") + verb


def heading(w: World, d: Draft, company: Org | None, title: str = "POWER OF ATTORNEY") -> None:
    """Exhibit line, an optional company head and the document's title, centered or flush left."""
    center = w.chance(0.35)
    pad = (lambda s: " " * max(0, (70 - len(s)) // 2)) if center else (lambda s: "")
    if w.chance(0.6):
        ex = w.pick(
            (
                "Exhibit 24",
                "EXHIBIT 24",
                "Exhibit 24.1",
                "EXHIBIT 24.1",
                "Exhibit 24.2",
                "EX-24",
                "Exhibit 99.1",
                "EXHIBIT 24 - POWER OF ATTORNEY",
                "Exhibit 24.3",
            )
        )
        d(pad(ex) + ex + "\n" + ("\n" if w.chance(0.5) else ""))
    if company and w.chance(0.35):
        name = company.name.upper() if w.chance(0.7) else company.name
        d(pad(name))(name, "ORG")("\n" + ("\n" if w.chance(0.6) else ""))
    if w.chance(0.9):
        t = title if w.chance(0.8) else title.title()
        d(pad(t) + t + "\n" + ("\n" if w.chance(0.6) else ""))


def sign_line(w: World, d: Draft, person: Person, caps: float = 0.3, mark: bool = True) -> None:
    """'/s/ NAME' (or a blank line to sign on) and the printed name below it."""
    style = w.rng.random()
    if not mark:
        d("_" * w.rng.randint(20, 36) + "\n")
        d(person.name, "PERSON")("\n")
        return
    sep = "" if w.chance(0.1) else " "
    if style < 0.45:
        d(f"/s/{sep}")(name_as(w, person, caps), "PERSON")("\n")
        if w.chance(0.5):
            d("-" * w.rng.randint(20, 40) + "\n")
        if w.chance(0.7):
            d(w.pick(("", "", "Name: ", "Print Name: ", "Printed Name: ")))(person.name, "PERSON")("\n")
    elif style < 0.65:
        d(w.pick(("By: ", "Signature: ", "By:  ")) + f"/s/{sep}")(name_as(w, person, caps), "PERSON")("\n")
        d(w.pick(("Name: ", "Print Name: ", "Name:  ")))(person.name, "PERSON")("\n")
    elif style < 0.8:
        d(f"/s/{sep}")(name_as(w, person, caps), "PERSON")("\n")
    else:
        d(f"/s/{sep}")(person.name, "PERSON")
        if person.title and w.chance(0.6):
            d(", ")(person.title, "TITLE")
        d("\n")
        return
    if person.title and w.chance(0.5):
        d(w.pick(("Title: ", "", "Title:  ")))(person.title, "TITLE")("\n")


def closing(w: World, d: Draft, date: dt.date, plural: bool = False) -> None:
    who = "each of the undersigned has" if plural else "the undersigned has"
    d(
        w.pick(
            (
                f"IN WITNESS WHEREOF, {who} executed this Power of Attorney as of {date_text(w, date, True)}.\n",
                f"IN WITNESS WHEREOF, {who} caused this Power of Attorney to be signed on {date_text(w, date)}.\n",
                f"Signed as of {date_text(w, date, True)}.\n",
                f"Dated: {date_text(w, date)}\n",
                f"Date: {date_text(w, date)}\n",
                f"IN WITNESS WHEREOF, I have hereunto set my hand {date_text(w, date, True)}.\n",
                f"Executed on {date_text(w, date)}.\n",
            )
        )
    )
    d("\n" * w.rng.randint(1, 3))


def notary(w: World, d: Draft, grantor: Person, date: dt.date) -> None:
    """An acknowledgment before a notary public; the notary's name is not a party."""
    st = w.us.state().upper()
    county = w.us.last_name().upper()
    notary_name = w.person()
    d(f"\nSTATE OF {st}        )\n                        ) ss.:\nCOUNTY OF {county}      )\n\n")
    d(f"On {date_text(w, date)}, before me, the undersigned, a Notary Public in and for said State, ")
    d("personally appeared ")
    d(grantor.name, "PERSON")
    d(
        w.pick(
            (
                ", personally known to me or proved to me on the basis of satisfactory evidence to be the individual "
                "whose name is subscribed to the within instrument, who acknowledged to me that he or she executed "
                "the same in his or her capacity.\n\n",
                ", known to me to be the person described in and who executed the foregoing instrument, and "
                "acknowledged that such person executed the same as a free act and deed.\n\n",
            )
        )
    )
    d(w.pick(("/s/ ", "")) + notary_name.name + "\n" + w.pick(("Notary Public\n", "NOTARY PUBLIC\n")))
    if w.chance(0.6):
        d(f"My commission expires: {date_text(w, w.date())}\n")


# ------------------------------------------------------------------------------------------ templates


def _s16_items(w: World, d: Draft, company: Org, capacity: str, office_word: str | None) -> None:
    """The three powers of a Section 16 POA; ``office_word`` ('director') is the grantor's title when given."""
    marks = w.pick((("(1)", "(2)", "(3)"), ("1.", "2.", "3."), ("(a)", "(b)", "(c)"), ("(i)", "(ii)", "(iii)")))
    forms = w.pick(("Forms 3, 4 and 5", "Forms 3, 4, and 5", "Form 3, Form 4 and Form 5", "Forms 3, 4, 5 and 144"))
    d(f"\n{marks[0]} ")
    d(
        w.pick(
            (
                "prepare, sign and submit for and on behalf of the undersigned, in the undersigned's capacity as ",
                "execute in the name of the undersigned, as ",
                "complete and sign on the undersigned's behalf, in the undersigned's position as ",
            )
        )
    )
    d(capacity)(office_word or "", "TITLE")(" of ")
    d(company.name, "ORG")
    d(w.pick((' (the "Company"), ', " (the “Company”), ", ", a " + w.state() + ' corporation (the "Company"), ')))
    d(
        w.pick(
            (
                f"any {forms} (and any amendment to them) required under Section 16(a) of the Securities Exchange Act "
                "of 1934 and the rules adopted under it;",
                f"all statements on {forms} that the undersigned may be required to file with respect to securities "
                "of the Company under Section 16 of the Securities Exchange Act of 1934, as amended;",
                "a Form ID, and any Forms 3, 4 and 5 and Schedules 13D and 13G, as the undersigned may need to file "
                "because of holdings of or transactions in the Company's securities;",
            )
        )
    )
    d(f"\n{marks[1]} ")
    d(
        w.pick(
            (
                "take every step needed or useful to complete any such form and to file it on time with the United "
                "States Securities and Exchange Commission and any exchange on which the securities are listed; and",
                "do all things the attorney-in-fact considers necessary to complete, amend and file any such form "
                "with the SEC and any stock exchange or similar authority; and",
            )
        )
    )
    d(f"\n{marks[2]} ")
    d(
        w.pick(
            (
                "take any further action in connection with the foregoing that the attorney-in-fact believes to be "
                "in the interest of, or legally required of, the undersigned, in such form and on such terms as the "
                "attorney-in-fact approves in his or her discretion.",
                "take any other action related to the above that, in the judgment of the attorney-in-fact, benefits "
                "or is legally required of the undersigned.",
            )
        )
    )
    d("\n\n")


_GRANT = (
    "The undersigned gives each attorney-in-fact full power to do everything necessary or proper in exercising "
    "these powers, with full power of substitution and revocation, and ratifies all that the attorney-in-fact, or a "
    "substitute, lawfully does under this Power of Attorney.",
    "Each attorney-in-fact may act alone and may appoint a substitute; the undersigned approves in advance "
    "everything an attorney-in-fact or substitute properly does under this power.",
)
_ACK = (
    "The undersigned acknowledges that the attorneys-in-fact serve at the undersigned's request and are not "
    "assuming, nor is the Company assuming, any of the undersigned's responsibilities to comply with Section 16 "
    "of the Securities Exchange Act of 1934.",
    "Neither the Company nor any attorney-in-fact takes on any duty of the undersigned to comply with the "
    "reporting requirements of the Securities Exchange Act of 1934.",
)
_TERM = (
    "This Power of Attorney remains in effect until the undersigned is no longer required to file Forms 3, 4 and "
    "5 with respect to securities of the Company, unless the undersigned revokes it earlier in a signed writing "
    "delivered to the attorneys-in-fact.",
    "This power stays in force until revoked in writing by the undersigned, and it replaces any earlier power "
    "of attorney on the same subject.",
)


_TERMS = (
    "Merger Agreement",
    "Registration Statement",
    "Annual Report",
    "Joint Filing Agreement",
    "Plan",
    "Prospectus",
    "Subject Shares",
    "Effective Time",
    "Reporting Persons",
    "Ordinary Shares",
    "American Depositary Shares",
    "Class A Common Stock",
    "Exchange Act",
    "Compliance Department",
    "Durable Power of Attorney",
    "Board of Directors",
    "Stock Incentive Plan",
    "Offering",
    "Closing Date",
    "Custodian",
    "Transfer Agent",
    "Legal Department",
)


def filler(w: World, d: Draft) -> None:
    """Clauses with capitalized terms and organizations that are not parties, all unlabelled."""
    a, b = w.pick(_TERMS), w.pick(_TERMS)
    other = w.pick((w.company(), w.firm(), w.fund()))
    state = w.state()
    clauses = (
        f'Capitalized terms used but not defined here have the meanings given to them in the {a} (the "{a}").',
        f"This Power of Attorney is governed by the laws of the State of {state}.",
        f"The attorneys-in-fact may rely on any certificate delivered by the {b} or by {other}.",
        f"Copies of any filing shall be sent to {other}, {w.us.street_address()}, {w.us.city()}, Attention: {b}.",
        f"Each attorney-in-fact is an employee of {other} or one of its affiliates.",
        f"This instrument covers the {a} and the {b} of the issuer.",
        "DISABILITY CLAUSE: THIS POWER OF ATTORNEY SHALL NOT BE AFFECTED BY THE LATER DISABILITY OR INCAPACITY OF "
        "THE PRINCIPAL.",
        f'References to the "{a}" include any amendment to it, and references to the "{b}" include any successor.',
        "IMPORTANT: KEEP THIS DOCUMENT WITH YOUR RECORDS AND DELIVER A COPY TO EACH ATTORNEY-IN-FACT.",
        f"Nothing in this instrument limits any authority granted under the {a} or the bylaws of {other}.",
        "NOTICE: THE POWERS GRANTED BY THIS DOCUMENT ARE BROAD. IF YOU HAVE QUESTIONS, ASK A LAWYER OF YOUR OWN.",
        f"Schedule A - Registration Statements\n\nRegistration No.    Form    Filed\n333-{w.rng.randint(10000, 99999)}"
        f"           S-8     {date_text(w, w.date())}\n333-{w.rng.randint(10000, 99999)}           S-3     "
        f"{date_text(w, w.date())}\n",
        f"This power extends to the {w.brand()} Separate Account and the {w.brand()} Variable Annuity Account.",
        f"Each Reporting Person named in the {a} may rely on this instrument.",
    )
    for clause in w.rng.sample(clauses, w.rng.randint(1, 3)):
        d(clause.replace("..", ".") + ("\n\n" if w.chance(0.7) else " "))


def section16(w: World, d: Draft) -> None:
    company = Org(w.company())
    grantor = w.person(office(w) if w.chance(0.4) else None)
    agents: list[Party] = [w.person() for _ in range(w.rng.choices((1, 2, 3, 4, 5, 6), (15, 30, 25, 15, 10, 5))[0])]
    if w.chance(0.04):
        agents.append(Org(w.firm()))
    heading(
        w,
        d,
        company,
        w.pick(
            (
                "POWER OF ATTORNEY",
                "LIMITED POWER OF ATTORNEY",
                "POWER OF ATTORNEY FOR SECTION 16 FILINGS",
                "SPECIAL POWER OF ATTORNEY",
            )
        ),
    )
    d(know_all(w) + w.pick((", that ", " that ")) + "the undersigned")
    if w.chance(0.3):
        d(", " + honorific(w))(grantor.name, "PERSON")(",")
    d(" " + appoints(w) + " ")
    if len(agents) > 1 and w.chance(0.5):
        d(w.pick(("each of ", "any of ", "each of the following persons: ")))
    put_list(w, d, agents, caps=0.1)
    if len(agents) > 1:
        d(w.pick((", signing singly,", ", and each of them,", " (each acting alone)", ", each acting individually,")))
    d(
        w.pick(
            (
                " the undersigned's true and lawful attorney-in-fact to:",
                " as the undersigned's true and lawful attorney-in-fact, to:",
                " with full power of substitution, to:",
            )
        )
    )
    capacity = w.pick(("an officer and/or director", "an officer", "a beneficial owner of more than 10%", "a", "a"))
    office_word = None
    if capacity == "a":  # 'as a director of X': the grantor's title, as the gold labels take it
        office_word = w.pick(("director", "director", "trustee", "Director"))
        grantor.title = office_word.capitalize() if grantor.title is None else grantor.title
        capacity = "a "
    _s16_items(w, d, company, capacity, office_word)
    for block in (_GRANT, _ACK, _TERM):
        if w.chance(0.75):
            d(w.pick(block) + "\n\n")
    if w.chance(0.4):
        filler(w, d)
    date = w.date()
    closing(w, d, date)
    sign_line(w, d, grantor)
    if w.chance(0.2):
        notary(w, d, grantor, date)


def confirming(w: World, d: Draft) -> None:
    company = Org(w.company())
    grantor = w.person()
    agents: list[Party] = [w.person() for _ in range(w.rng.randint(1, 4))]
    title = w.pick(("CONFIRMING STATEMENT", "Confirming Statement", "STATEMENT", "AUTHORIZATION"))
    heading(w, d, company if w.chance(0.3) else None, title)
    d("This Statement confirms that the undersigned, ")(grantor.name, "PERSON")(", has authorized and designated ")
    put_list(w, d, agents)
    d(
        w.pick(
            (
                " to execute and file on the undersigned's behalf all Forms 3, 4 and 5 (including any amendments) "
                "that the undersigned may be required to file with the U.S. Securities and Exchange Commission as a "
                "result of the undersigned's ownership of or transactions in securities of ",
                " to sign and submit for the undersigned every Form 3, 4 or 5 the undersigned has to file because of "
                "holdings of or dealings in the securities of ",
            )
        )
    )
    d(company.name, "ORG")(". ")
    d("The authority of ")
    put_list(w, d, agents)
    d(
        " under this Statement shall continue until the undersigned is no longer required to file Forms 3, 4 and 5 "
        "with regard to the undersigned's ownership of or transactions in securities of "
    )
    d(company.name, "ORG")(", unless earlier revoked in writing. ")
    d("The undersigned acknowledges that ")
    put_list(w, d, agents)
    d(
        " are not assuming any of the undersigned's responsibilities to comply with Section 16 of the Securities "
        "Exchange Act of 1934.\n\n"
    )
    date = w.date()
    d(w.pick(("Date: ", "Dated: ", "")) + date_text(w, date) + "\n\n")
    sign_line(w, d, grantor)


def _table(w: World, d: Draft, signers: list[Person], date: dt.date) -> None:
    """The signature table of a registration statement, as EDGAR renders it."""
    layout = w.pick(("spaces", "spaces", "pipes", "pipe_lines", "blocks", "inline"))
    when = date_text(w, date)
    if layout == "spaces":
        widths = (w.rng.randint(32, 40), w.rng.randint(38, 50))
        d(f"{'Signature':<{widths[0]}}{'Title':<{widths[1]}}Date\n")
        if w.chance(0.6):
            d(f"{'---------':<{widths[0]}}{'-----':<{widths[1]}}----\n")
        d("\n")
        for p in signers:
            sig = f"/s/ {p.name.upper() if w.chance(0.4) else p.name}"
            sig_text = sig[:4]
            d(sig_text)(sig[4:], "PERSON")(" " * max(2, widths[0] - len(sig)))
            title = p.title or ""
            if len(title) <= widths[1] - 2 or w.chance(0.3):
                d(title, "TITLE")(" " * max(2, widths[1] - len(title)) + when + "\n")
                d("-" * (widths[0] - 4) + "\n" if w.chance(0.5) else "")
                d(p.name, "PERSON")("\n\n")
            else:  # the office wraps inside its column: not one span, left unlabelled
                cut = title.rfind(" ", 0, widths[1] - 2)
                d(title[:cut] + " " * max(2, widths[1] - cut) + when + "\n")
                d(p.name, "PERSON")(" " * max(2, widths[0] - len(p.name)) + title[cut + 1 :] + "\n\n")
    elif layout == "pipes":
        d("|Signature\n|Title\n|Date\n")
        for p in signers:
            d("|/s/ ")(name_as(w, p, 0.3), "PERSON")("\n")
            if w.chance(0.7):
                d(p.name, "PERSON")("\n")
            d("|")(p.title or "", "TITLE")("\n|" + when + "\n")
    elif layout == "pipe_lines":
        d("|\nSignature\n|\n|\nTitle\n|\n|\nDate\n|\n")
        for p in signers:
            d("|\n" * w.rng.randint(0, 4))
            d("/s/ ")(name_as(w, p, 0.4), "PERSON")("\n|\n")
            d(p.title or "", "TITLE")("\n|\n" + when + "\n|\n")
            d(p.name, "PERSON")("\n")
    elif layout == "blocks":
        for p in signers:
            d(w.pick(("By: ", "", "Signature: ")) + "/s/ ")(name_as(w, p, 0.3), "PERSON")("\n")
            d(w.pick(("Name: ", "Name:  ", "")))(p.name, "PERSON")("\n")
            d(w.pick(("Title: ", "Title:  ", "Capacity: ")))(p.title or "", "TITLE")("\n")
            d(f"Date: {when}\n\n" if w.chance(0.6) else "\n")
    else:
        for p in signers:
            d("| /s/ " if w.chance(0.5) else "/s/ ")(p.name, "PERSON")(" | " if w.chance(0.5) else "     ")
            d(p.title or "", "TITLE")(" | " + when + "\n")


def registration(w: World, d: Draft) -> None:
    company = Org(w.company())
    n = w.rng.choices((1, 2, 3, 4, 6, 8, 10, 12), (8, 10, 12, 14, 18, 16, 12, 10))[0]
    signers = [w.person(office(w, board=i > 1)) for i in range(n)]
    agents: list[Party] = w.rng.sample(signers, min(len(signers), w.rng.randint(1, 2))) if w.chance(0.3) else []
    agents += [w.person() for _ in range(w.rng.randint(1 if not agents else 0, 3))]
    form = w.pick(("Form S-8", "Form S-3", "Form S-1", "Form S-4", "Form 10-K", "Form S-11", "Form F-3", "Form N-2"))
    date = w.date()
    heading(w, d, company if w.chance(0.5) else None)
    p, o = pronoun(w)
    d(know_all(w) + ", that each person whose signature appears below " + appoints(w) + " ")
    put_list(w, d, agents, caps=0.05)
    d(
        w.pick(
            (
                f", and each of them, {p} true and lawful attorneys-in-fact and agents",
                f", and each of them acting alone, as {p} attorney-in-fact",
                f" {p} attorney-in-fact and agent",
            )
        )
    )
    d(
        f", with full power of substitution and resubstitution, for {o} and in {p} name, place and stead, in any and "
        f"all capacities, to sign "
    )
    d(
        w.pick(
            (
                f"this Registration Statement on {form} of ",
                f"the Annual Report on {form} for the fiscal year ended December 31, {date.year - 1} of ",
                f"any amendments, including post-effective amendments, to the Registration Statement on {form} of ",
            )
        )
    )
    d(company.name, "ORG")
    d(
        ", and to file the same, with all exhibits and other documents in connection therewith, with the "
        "Securities and Exchange Commission, granting to said attorneys-in-fact and agents full power and authority "
        "to do every act necessary in connection therewith as fully as the undersigned could do in person, and "
        "ratifying all that said attorneys-in-fact and agents, or their substitutes, may lawfully do by virtue "
        "hereof.\n\n"
    )
    if w.chance(0.3):
        filler(w, d)
    if w.chance(0.2):
        d("SIGNATURES\n\n")
        d(
            "Pursuant to the requirements of the Securities Act of 1933, the Registrant has duly caused this "
            f"Registration Statement to be signed on its behalf by the undersigned, thereunto duly authorized, on "
            f"{date_text(w, date)}.\n\n"
        )
        d(company.name.upper(), "ORG")("\n\nBy: /s/ ")(signers[0].name, "PERSON")("\n")
        if w.chance(0.6):
            d("Name: ")(signers[0].name, "PERSON")("\n")
        d("Title: ")(signers[0].title or "", "TITLE")("\n\n")
    act = "Securities Act of 1933" if "10-K" not in form else "Securities Exchange Act of 1934"
    d(
        f"Pursuant to the requirements of the {act}, this "
        f"{'report' if '10-K' in form else 'Registration Statement'} has been signed by the following persons in the "
        "capacities and on the dates indicated.\n\n"
    )
    _table(w, d, signers, date)


def trustees(w: World, d: Draft) -> None:
    fund = Org(w.trust())
    signers = [
        w.person(
            w.pick(
                (
                    "Trustee",
                    "Trustee",
                    "Director",
                    "President and Trustee",
                    "Chairman and Trustee",
                    "Treasurer",
                    "Principal Executive Officer",
                    "Trustee and Chair",
                )
            )
        )
        for _ in range(w.rng.randint(1, 9))
    ]
    agents: list[Party] = [w.person() for _ in range(w.rng.randint(1, 5))]
    heading(w, d, fund)
    who = w.pick(("trustees", "trustees and officers", "directors", "directors and/or officers"))
    d(f"The undersigned {who} of ")(fund.name, "ORG")
    d(w.pick((' (the "Trust")', ' (the "Fund")', ", a Massachusetts business trust,", " (the “Registrant”)")))
    d(" " + appoints(w, plural=True) + " ")
    put_list(w, d, agents, caps=0.25)
    d(
        w.pick(
            (
                ", and each of them singly, as attorneys-in-fact, with power of substitution, to sign for them any "
                "registration statement on Form N-1A or Form N-14 and any amendment to it, and to file the same "
                "with the Securities and Exchange Commission under the Securities Act of 1933 and the Investment "
                "Company Act of 1940.",
                " as their attorneys-in-fact to sign, in their names and capacities, all amendments to the "
                "registration statement of the Trust, and all instruments needed for it, and to file them with the "
                "Commission.",
            )
        )
    )
    d("\n\nThis Power of Attorney may be executed in counterparts, which together form one instrument.\n\n")
    if w.chance(0.3):
        filler(w, d)
    closing(w, d, w.date(), plural=True)
    two = w.chance(0.4) and len(signers) > 1
    if two:
        for a, b in zip(signers[::2], signers[1::2], strict=False):
            left = f"/s/ {a.name}"
            d("/s/ ")(a.name, "PERSON")(" " * max(3, 38 - len(left)) + "/s/ ")(b.name, "PERSON")("\n")
            d(a.name, "PERSON")(", ")(a.title or "", "TITLE")
            d(" " * max(3, 36 - len(a.name) - len(a.title or "")))(b.name, "PERSON")(", ")(b.title or "", "TITLE")
            d("\n\n")
        if len(signers) % 2:
            sign_line(w, d, signers[-1])
    else:
        for s in signers:
            if w.chance(0.5):
                d("/s/ ")(name_as(w, s, 0.3), "PERSON")("\n")
                d(s.name, "PERSON")(", ")(s.title or "", "TITLE")("\n\n")
            else:
                sign_line(w, d, s)
                d("\n")


def entities(w: World, d: Draft) -> None:
    """Joint filers: funds signing through their general partners, and the individuals behind them."""
    company = Org(w.company())
    funds = [Org(w.fund()) for _ in range(w.rng.randint(1, 4))]
    people = [w.person() for _ in range(w.rng.randint(0, 2))]
    agents: list[Party] = [w.person() for _ in range(w.rng.randint(1, 4))]
    heading(w, d, None)
    single = len(funds) == 1 and not people and w.chance(0.5)
    if single:
        d(know_all(w) + " that ")(funds[0].name, "ORG")(w.pick((' (the "Company")', "", ' (the "Fund")')))
        d(" " + appoints(w) + " " + ("each of " if len(agents) > 1 else ""))
    else:
        d(know_all(w) + ", that each of the undersigned " + appoints(w, plural=True) + " ")
    put_list(w, d, agents, caps=0.1)
    d(
        w.pick(
            (
                ", acting individually, its true and lawful attorney",
                ", and each of them, as its true and lawful attorney-in-fact",
                " as its attorney-in-fact",
            )
        )
    )
    d(
        w.pick(
            (
                ", to execute and deliver in its name and on its behalf any and all filings required to be made under "
                "the Securities Exchange Act of 1934, including Schedules 13D and 13G and Forms 3, 4 and 5, with "
                "respect to securities of ",
                ", to sign and file any statement on Schedule 13D or Schedule 13G, and any amendment to it, concerning "
                "the beneficial ownership of shares of ",
            )
        )
    )
    d(company.name, "ORG")
    d(
        ", giving each attorney-in-fact power to act as fully as the undersigned could if personally present, and "
        "ratifying all that the attorney-in-fact lawfully does by virtue hereof.\n\n"
    )
    if w.chance(0.6):
        d(
            "This Power of Attorney remains in force until revoked in writing by the undersigned or until the "
            "attorney-in-fact ceases to be employed by the undersigned or one of its affiliates.\n\n"
        )
    if w.chance(0.5):
        filler(w, d)
    closing(w, d, w.date(), plural=not single)
    for fund in funds:
        name = fund.name.upper() if w.chance(0.6) else fund.name
        d(name, "ORG")("\n" + ("\n" if w.chance(0.3) else ""))
        chain = w.rng.randint(0, 2)
        for _ in range(chain):
            gp = w.gp(fund.name)
            d(
                w.pick(("By: ", "By:  ", "By:\t"))
                + gp
                + ", its "
                + w.pick(("General Partner", "general partner", "Manager", "Managing Member"))
                + "\n"
            )
        officer = w.person()
        d(w.pick(("By: ", "By:  ")) + "/s/ " + officer.name + "\n")
        if w.chance(0.6):
            d("-" * 30 + "\n")
        d(w.pick(("Name: ", "Name:   ")) + officer.name + "\n")
        d(
            w.pick(("Title: ", "Title:  "))
            + w.pick(
                (
                    "Managing Member",
                    "Vice President",
                    "Authorized Signatory",
                    "Managing Director",
                    "Chief Financial Officer",
                )
            )
            + "\n\n"
        )
    for person in people:
        sign_line(w, d, person, mark=w.chance(0.9))
        d("\n")


def letter(w: World, d: Draft) -> None:
    company = Org(w.company())
    grantor = w.person(office(w, board=False))
    agents: list[Party] = [w.person() for _ in range(w.rng.randint(1, 4))]
    date = w.date()
    if w.chance(0.4):
        d(grantor.name, "PERSON")("\n")(grantor.title or "", "TITLE")("\n")
    d(company.name.upper() if w.chance(0.5) else company.name, "ORG")("\n")
    d(w.us.street_address() + "\n" + f"{w.us.city()}, {w.us.state_abbr()} {w.us.postcode()}\n\n")
    d(date_text(w, date) + "\n\n")
    d(w.pick(("Securities and Exchange Commission\n", "U.S. Securities and Exchange Commission\n")))
    d(w.pick(("100 F Street, N.E.\n", "450 Fifth Street, N.W.\n", "Attention: Filer Support\n")))
    d("Washington, D.C. 20549\n\n")
    d(w.pick(("Re: Authorization to sign Section 16 filings\n\n", "Re: Power of Attorney\n\n", "")))
    d(w.pick(("Ladies and Gentlemen:\n\n", "Dear Sir or Madam:\n\n", "To Whom It May Concern:\n\n")))
    d("I, ")(grantor.name, "PERSON")(", ")
    if w.chance(0.5):
        d(w.pick(("", "the ")))(grantor.title or "", "TITLE")(" of ")(company.name, "ORG")(", ")
    d("hereby authorize and designate ")
    put_list(w, d, agents)
    d(
        w.pick(
            (
                " to sign and file on my behalf all Forms 3, 4 and 5 and any Form 144 relating to my holdings of "
                "and transactions in securities of the Company. ",
                ", or any of them, to prepare, sign and file with the Commission any report I must file under Section "
                "16 of the Securities Exchange Act of 1934. ",
            )
        )
    )
    d("This authorization remains in effect until I revoke it in writing.\n\n")
    d(w.pick(("Sincerely,\n\n", "Very truly yours,\n\n", "Yours truly,\n\n", "Regards,\n\n")))
    if w.chance(0.6):
        d("/s/ ")(name_as(w, grantor, 0.2), "PERSON")("\n")
    d(name_as(w, grantor, 0.4), "PERSON")("\n")
    if w.chance(0.7):
        d(grantor.title or "", "TITLE")("\n")


def general(w: World, d: Draft) -> None:
    """'I, NAME, of CITY, ...': a general or limited power with an address and a notary's acknowledgment."""
    company = Org(w.company())
    grantor = w.person()
    agents: list[Party] = [w.person() for _ in range(w.rng.randint(1, 3))]
    heading(w, d, None, w.pick(("POWER OF ATTORNEY", "LIMITED POWER OF ATTORNEY", "GENERAL POWER OF ATTORNEY")))
    d("I, " + honorific(w))(grantor.name, "PERSON")(f", of {address(w)}, hereby " + w.pick(("appoint ", "name ")))
    for i, agent in enumerate(agents):
        if i:
            d(" and " if i == len(agents) - 1 else ", ")
        d(agent.name, "PERSON")
        if w.chance(0.4):
            d(f" of {address(w)}")
    d(
        w.pick(
            (
                ' as my attorney-in-fact (my "Agent") to act for me in any lawful way with respect to my holdings of '
                "securities of ",
                " my true and lawful attorney, for me and in my name, to sign any filing with the Securities and "
                "Exchange Commission concerning shares of ",
            )
        )
    )
    d(company.name, "ORG")
    d(
        ", including statements on Schedules 13D and 13G and Forms 3, 4 and 5. This power is effective immediately "
        "and is not affected by my later disability.\n\n"
    )
    if w.chance(0.3):
        end = w.date()
        d(f"This power of attorney shall expire on {date_text(w, end)}.\n\n")
    if w.chance(0.4):
        filler(w, d)
    date = w.date()
    closing(w, d, date)
    sign_line(w, d, grantor, mark=w.chance(0.7))
    if w.chance(0.3):
        d("\nWitness: /s/ " + w.person().name + "\n")
    if w.chance(0.6):
        notary(w, d, grantor, date)


def not_poa(w: World, d: Draft) -> None:
    """Other exhibits with names in them (consents, incumbency certificates): no parties, no labels."""
    company = w.company()
    if w.chance(0.5):
        firm = w.firm()
        d(w.pick(("Exhibit 23.1\n\n", "EXHIBIT 23\n\n")))
        d("CONSENT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM\n\n")
        d(
            f"We consent to the incorporation by reference in the Registration Statement (Form S-8 No. 333-"
            f"{w.rng.randint(10000, 99999)}) of {company} of our report dated {date_text(w, w.date())}, with respect "
            "to the consolidated financial statements included in its Annual Report on Form 10-K.\n\n"
        )
        d(f"/s/ {firm}\n{w.us.city()}, {w.us.state()}\n{date_text(w, w.date())}\n")
        return
    d("CERTIFICATE OF INCUMBENCY\n\n")
    d(
        f"The undersigned, Secretary of {company}, certifies that each person named below holds the office shown "
        "opposite his or her name and that the signature shown is genuine:\n\n"
    )
    for _ in range(w.rng.randint(2, 6)):
        p = w.person()
        d(f"{p.name}\n|{office(w, board=False)}\n|/s/ {p.name}\n")
    d(f"\nDate: {date_text(w, w.date())}\n/s/ {w.person().name}\nSecretary\n")


TEMPLATES = {
    "section16": (section16, 30),
    "confirming": (confirming, 7),
    "registration": (registration, 24),
    "trustees": (trustees, 9),
    "entities": (entities, 11),
    "letter": (letter, 8),
    "general": (general, 7),
    "not_poa": (not_poa, 4),
}


# ------------------------------------------------------------------------------------------ EDGAR noise


def _wrap(w: World, e: Edit, width: int, indent: str) -> None:
    """Hard line breaks inside long prose lines (a space becomes a newline, as EDGAR text has them);
    table rows (runs of spaces, '|' cells) keep their lines."""
    replaces: dict[int, str] = {}
    inserts: dict[int, str] = {}
    for line in re.finditer(r"[^\n]+", e.text):
        if "|" in line.group() or re.search(r"\S {3,}\S", line.group()):
            continue
        start = line.start()
        while line.end() - start > width:
            cut = e.text.rfind(" ", start + 1, start + width)
            if cut < 0:
                break
            replaces[cut] = "\n"
            if indent:
                inserts[cut + 1] = indent
            start = cut + 1
    e.apply(inserts, replaces)


def _pages(w: World, e: Edit) -> None:
    breaks = [m.end() for m in re.finditer(r"\n\n", e.text) if not e.inside(m.end())]
    if not breaks:
        return
    inserts = {}
    for at in w.rng.sample(breaks, min(len(breaks), w.rng.randint(1, 2))):
        inserts[at] = w.pick(("<PAGE>\n", f"<PAGE>   {w.rng.randint(2, 9)}\n\n", f"-{w.rng.randint(2, 9)}-\n\n"))
    if w.chance(0.3):
        inserts[0] = "<PAGE>\n"
    e.apply(inserts)


def _typos(w: World, e: Edit) -> None:
    words = [m for m in re.finditer(r"[a-z]{5,}", e.text) if not any(a <= m.start() < b for a, b, _ in e.spans)]
    replaces: dict[int, str] = {}
    inserts: dict[int, str] = {}
    for m in w.rng.sample(words, min(len(words), w.rng.randint(1, 3))):
        i = m.start() + w.rng.randint(1, len(m.group()) - 2)
        kind = w.rng.random()
        if kind < 0.5:
            replaces[i], replaces[i + 1] = e.text[i + 1], e.text[i]
        elif kind < 0.8:
            inserts[i] = e.text[i]
        else:
            replaces[i] = w.pick("aeiou")
    e.apply(inserts, replaces)


def _pipes(w: World, e: Edit) -> None:
    """Paragraphs and cells of a converted HTML table start with '|'."""
    starts = [m.start() for m in re.finditer(r"(?m)^(?=[^\s|])", e.text)]
    e.apply({s: "|" for s in starts if w.chance(0.6)})


def noisy(w: World, text: str, spans: list[Span]) -> Edit:
    e = Edit(text, spans)
    if w.chance(0.05) and len(e.text.upper()) == len(e.text):
        e.text = e.text.upper()
    if w.chance(0.1):
        e.apply({m.end(): " " for m in re.finditer(r"[a-z]\. (?=[A-Z])", e.text) if not e.inside(m.end())})
    if w.chance(0.1):
        e.apply({m.end(): " " for m in re.finditer(r"\S ", e.text) if w.chance(0.2)})
    if w.chance(0.12):
        _pipes(w, e)
    if w.chance(0.4):
        _wrap(w, e, w.rng.randint(55, 80), w.pick(("", "", "", "  ", "     ")))
    elif w.chance(0.1):
        e.text = e.text.replace("\n", " ")  # one long line, as some EDGAR text files are
    if w.chance(0.15):
        _pages(w, e)
    if w.chance(0.3):
        _typos(w, e)
    if w.chance(0.45) and len(e.text) > 2000:
        e.cut(2000)
    elif w.chance(0.08):
        e.cut(w.rng.randint(min(400, len(e.text)), len(e.text)))
    return e


def generate(n: int = 2000, seed: int = 0) -> list[dict]:
    """``n`` documents from the templates, deterministic for a seed (and a Faker version)."""
    w = World.make(seed)
    names = list(TEMPLATES)
    weights = [TEMPLATES[k][1] for k in names]
    rows = []
    for i in range(n):
        kind = w.rng.choices(names, weights)[0]
        d = Draft()
        TEMPLATES[kind][0](w, d)
        text, spans = d.render()
        e = noisy(w, text, [s for s in spans if s[1] > s[0]])
        spans = sorted(s for s in e.spans if e.text[s[0] : s[1]].strip())
        rows.append({"id": f"gen_{seed}_{i:05d}", "kind": kind, "text": e.text, "spans": spans})
    return rows


def fit(rows: list[dict]) -> tuple[list[dict], int]:
    """Spans fitted to the tokenizer's boundaries (as annotate.align does); returns rows and spans dropped."""
    from .annotate import align
    from .train import make_nlp

    nlp = make_nlp()
    lost = 0
    for row in rows:
        fitted, dropped = align(nlp, row["text"], [tuple(s) for s in row["spans"]])
        row["spans"] = [list(s) for s in fitted]
        lost += len(dropped)
    return rows, lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.training.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=str(GENERATED))
    args = parser.parse_args(argv)
    rows, lost = fit(generate(args.n, args.seed))
    for row in rows:
        row["faker"] = faker.VERSION
    count = write_jsonl(Path(args.out), rows)
    labels: dict[str, int] = {}
    for row in rows:
        for _, _, lab in row["spans"]:
            labels[lab] = labels.get(lab, 0) + 1
    chars = sum(len(r["text"]) for r in rows)
    print(f"wrote {count} documents ({chars:,} characters) to {args.out}; spans {labels}; dropped {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
