"""Canonical forms, statutes and rules."""

from __future__ import annotations

import pytest

from pipeline.nlp.references import find_references
from pipeline.nlp.view import clean_view


def refs(text: str, field: str) -> list[str]:
    out: list[str] = []
    for r in find_references(clean_view(text)):
        if r.field == field and r.value not in out:
            out.append(r.value)
    return out


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("to file Forms 3, 4, and 5 with the Commission", ["3", "4", "5"]),
        ("Forms 3, 4, 5,\nand 144 and amendments", ["3", "4", "5", "144"]),
        ("(FOR EXECUTING FORM ID, FORMS 3, 4 AND 5 AND SCHEDULES 13D AND 13G)", ["ID", "3", "4", "5", "13D", "13G"]),
        ("a Form 3, Form 4 and/or Form 5", ["3", "4", "5"]),
        ("any Form 4's required", ["4"]),
        ("a registration statement on Form\nS-8 and the S-4 registration statements", ["S-8", "S-4"]),
        ("the Annual Report on Form 10-K for the year", ["10-K"]),
        ("Registration Statement on Form N-1A or Form N-2", ["N-1A", "N-2"]),
        ("the Registration Statement on Form N1-A of each Trust", ["N-1A"]),  # a common slip
        ("an adviser's Form ADV, Form D and Form 13H", ["ADV", "D", "13H"]),
        ("any amendments to this Report on Form 10-\nK,  and to file the same", ["10-K"]),
        ("in the form of ordinary shares; the forms of proxy", []),
        ("File No. 333-26411 and 811-08517", []),
    ],
)
def test_forms(text, forms):
    assert refs(text, "forms") == forms


@pytest.mark.parametrize(
    ("text", "statutes"),
    [
        ("the Securities Exchange Act of 1934, as amended", ["Securities Exchange Act of 1934"]),
        ("the Securities and Exchange Act of\n1934", ["Securities Exchange Act of 1934"]),
        (
            "the Securities Act of 1933 and the Investment Company Act of 1940",
            ["Securities Act of 1933", "Investment Company Act of 1940"],
        ),
        ("the Public Utility Holding Company Act of 1935", ["Public Utility Holding Company Act of 1935"]),
        ("reports under the Exchange Act", []),
        # as miswritten: a slip in 'Securities', the first word or 'of' left out
        ("Section 16 of the Secruities Exchange Act of 1934", ["Securities Exchange Act of 1934"]),
        (
            "the Investment Company Act of 1940, the Exchange Act of 1934",
            [
                "Investment Company Act of 1940",
                "Securities Exchange Act of 1934",
            ],
        ),
        ("Section 16 of the Securities Exchange Act 1934 as amended", ["Securities Exchange Act of 1934"]),
    ],
)
def test_statutes(text, statutes):
    assert refs(text, "statutes") == statutes


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("required by Section 16(a) of the Act", ["Section 16(a)"]),
        ("Sections 13(d), 13(g) and 16 of the Exchange Act", ["Section 13(d)", "Section 13(g)", "Section 16"]),
        ("under Rule 13d-1(k) and Rule 144", ["Rule 13d-1(k)", "Rule 144"]),
        ("pursuant to Rule 101(b)(4) of Regulation S-T", ["Rule 101(b)(4)"]),
        ("Sections 4(2), 4(6) and\n3(b) of the Act", ["Section 4(2)", "Section 4(6)", "Section 3(b)"]),
        ("reports under Sections 13(d", []),
        ("as defined in sections 5-1502A through 5-1503", []),
        ("reportsrequired by Section16(a) of theSecurities Exchange Act", ["Section 16(a)"]),  # spaces lost from HTML
    ],
)
def test_rules(text, rules):
    assert refs(text, "rules") == rules


def test_fund_and_less_common_form_codes():
    text = (
        "to sign Form N-CSR, Form N-PX, reports on Form 13F-HR, Form S-3ASR, Schedule 13G/A, Forms 10-KSB and 10-K405"
    )
    assert [r.value for r in find_references(text) if r.field == "forms"] == [
        "N-CSR",
        "N-PX",
        "13F-HR",
        "S-3ASR",
        "13G",
        "10-KSB",
        "10-K405",
    ]


def test_plural_forms_keep_their_code():
    text = "registration statements and (ii) Form 10-Ks and Form 10-Qs filed under the 1934 Act, Form S-8s"
    assert [r.value for r in find_references(text) if r.field == "forms"] == ["10-K", "10-Q", "S-8"]
    trusts = "registration statements on Forms N-8A, N-8B-1, S-5 and N-14"
    assert [r.value for r in find_references(trusts) if r.field == "forms"] == ["N-8A", "N-8B-1", "S-5", "N-14"]
    listed = "in the undersigned's capacity as an officer, Forms 3, 4s and 5s in accordance with Section 16(a)"
    assert [r.value for r in find_references(listed) if r.field == "forms"] == ["3", "4", "5"]


def test_a_space_before_the_subsection():
    text = (
        "as considered necessary or advisable under Section 16 (a) of the Act and Rule 16a-3 (g), but not Rule 144 (the"
    )
    assert refs("forms required under Section 16( a) of the Act", "rules") == ["Section 16(a)"]
    assert [r.value for r in find_references(text) if r.field == "rules"] == [
        "Section 16(a)",
        "Rule 16a-3(g)",
        "Rule 144",
    ]


def test_a_letter_for_a_digit_and_a_stray_comma_after_forms():
    from pipeline.nlp.view import clean_view

    text = clean_view("all joint filing agreements pursuant to Rule 13d-l(k)(1) under such Act")
    assert refs(text, "rules") == ["Rule 13d-1(k)(1)"]
    assert refs("prepare, execute and file Forms, 3, 4, and 5 (including any amendments)", "forms") == ["3", "4", "5"]
    assert refs("to deliver such forms, 2 copies of each", "forms") == []  # lower case: a word, not a list


def test_the_exchange_act_named_without_its_year_or_glued_to_it():
    text = "reports required under Section 16(a) of the Securities Exchange Act and the rules thereunder"
    assert refs(text, "statutes") == ["Securities Exchange Act of 1934"]
    assert refs("under Section 16 of the Securities Exchange Act of1934, as amended", "statutes") == [
        "Securities Exchange Act of 1934"
    ]
    # the year tells the Act when its name is miswritten with the other's
    assert refs("Form 144 under the Securities and Exchange Act of 1933", "statutes") == ["Securities Act of 1933"]
    assert refs("to comply with the Securities Exchange Act of 1933, as amended", "statutes") == [
        "Securities Act of 1933"
    ]


def test_forms_by_title_numbers_no_sec_form_has_and_a_lower_case_rule():
    text = "including filing the Uniform Application for Access Codes to File on EDGAR, and Forms 3, 4 and 5"
    assert refs(text, "forms") == ["ID", "3", "4", "5"]
    assert refs("any Schedules 13D and 130, and Forms 3, 4 and 5", "forms") == ["13D", "3", "4", "5"]
    assert refs("with the FERC under the Federal Power Act all reports on Form 561", "forms") == []
    assert refs("with the FERC under the Federal Power Act all reports on Form 561", "statutes") == [
        "Federal Power Act"
    ]
    assert refs("and to any related rule 462(b) registration statement", "rules") == ["Rule 462(b)"]
    assert refs("as a rule the attorney shall act alone", "rules") == []


def test_lower_case_sections_of_an_act_and_a_space_lost_to_a_question_mark():
    text = "to file reports on my behalf pursuant to sections 13 and 16 of the Securities Exchange Act of 1934"
    assert refs(text, "rules") == ["Section 13", "Section 16"]
    assert refs("as provided in section 4 of this Power of Attorney", "rules") == []
    assert refs("in accordance with Section?16(a)of the Securities Exchange Act", "rules") == ["Section 16(a)"]
    assert refs("to file any Form?4 with the Commission", "forms") == ["4"]
