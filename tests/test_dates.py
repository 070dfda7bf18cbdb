"""Date normalization and date roles (executed / expires / other)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.nlp.dates import execution_date, expiration_date, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 9th day of October, 2006", dt.date(2006, 10, 9)),
        ("13th\nday of March, 2001", dt.date(2001, 3, 13)),
        ("September,2005", None),
        ("28th day of September,2005", dt.date(2005, 9, 28)),
        ("2 October 2014", dt.date(2014, 10, 2)),
        ("1/30/03", dt.date(2003, 1, 30)),
        ("Sep. 30, 2007", dt.date(2007, 9, 30)),
        ("JULY 20, 2007", dt.date(2007, 7, 20)),
        ("seventh day of December, 2000", dt.date(2000, 12, 7)),  # the day written out
        ("Twenty-First day of June 2010", dt.date(2010, 6, 21)),
        ("thirty first day of January, 1999", dt.date(1999, 1, 31)),
        ("16th, day of November, 2005", dt.date(2005, 11, 16)),  # a comma typed after the day
        ("12th\nday of February ,\n2009", dt.date(2009, 2, 12)),  # a space before the comma
    ],
)
def test_parse_date(text, value):
    assert parse_date(text) == value


def roles(text: str) -> tuple[dt.date | None, dt.date | None]:
    mentions = find_dates(text)
    executed, expires = execution_date(mentions), expiration_date(mentions)
    return (executed.value if executed else None, expires.value if expires else None)


def test_witness_clause_beats_a_recital():
    text = (
        "WHEREAS, the Company proposes to file on or before May 1, 2001 a registration statement.\n"
        "IN WITNESS WHEREOF, the undersigned has hereunto set his hand this 13th day of March, 2001."
    )
    assert roles(text) == (dt.date(2001, 3, 13), None)


def test_a_testimonium_with_the_day_written_out():
    text = "WITNESS our hands on this first day of December 2022.\n/s/ Maria Lund\n"
    assert roles(text) == (dt.date(2022, 12, 1), None)


def test_explicit_end_date_is_the_expiration_and_a_notary_commission_is_neither():
    text = (
        "This Power of Attorney shall remain in effect until December 31, 2020.\n"
        "Executed as of June 1, 2019.\n\nNotary Public\nMy Commission Expires: January 1, 2023"
    )
    assert roles(text) == (dt.date(2019, 6, 1), dt.date(2020, 12, 31))


def test_letter_date_line_and_signature_table_dates():
    letter = "ACME HOLDINGS\n\n                     March 3, 2010\n\nSecurities and Exchange Commission\nDear Sirs:"
    assert roles(letter)[0] == dt.date(2010, 3, 3)
    table = "Signature Title Date\n/s/ Ann Lee Director April 2, 2012\n/s/ Bo Xu Director April 3, 2012"
    mentions = find_dates(table, signature_start=table.index("/s/"))
    assert execution_date(mentions).value == dt.date(2012, 4, 2)


def test_filing_and_fiscal_dates_are_not_execution_dates():
    text = (
        "the Annual Report on Form 10-K for the year ended December 31, 2002 and the registration statement "
        "filed with the SEC on January 28, 2015."
    )
    assert roles(text) == (None, None)


def test_a_trust_dated_long_ago_is_not_when_the_power_was_signed(extract):
    text = (
        "The undersigned, as Trustees under an Indenture of Trust made by Samuel Bronfman as Trustees, dated May 1, "
        "1942, known as the Bronfman Trust, hereby appoint Harold R. Handler attorney-in-fact to file reports under "
        "Section 16.\n"
    )
    assert extract(text).execution_date is None


def test_a_recital_far_above_does_not_hide_the_end_date(extract):
    text = (
        "WHEREAS, the Fund will file Post-Effective Amendments with the Commission;\n\n"
        "NOW, THEREFORE, the undersigned hereby appoints Jane Roe attorney-in-fact to sign the Post-Effective "
        "Amendments on Form N-1A. This authority hereby granted is limited to the execution and delivery of the "
        "Post-Effective Amendments and any amendments or supplements thereto and, unless earlier revoked by me or "
        "expressly extended by me in writing, shall\nremain in force and be effective until the earlier of the date "
        "the\nPost-Effective Amendments shall have become effective under the federal\nsecurities laws or June 30, "
        "2001.\n\nIN WITNESS WHEREOF, the undersigned has hereunto set his hand this 13th\nday of March, 2001.\n"
    )
    record = extract(text)
    assert (record.execution_date, record.expiration_date) == (dt.date(2001, 3, 13), dt.date(2001, 6, 30))


def test_a_day_first_date_where_the_day_cannot_be_a_month():
    assert roles("I appoint Ann Roe my attorney-in-fact.\nDated as of 20-8-2003\n/s/ Chris Gent") == (
        dt.date(2003, 8, 20),
        None,
    )
    assert roles("I appoint Ann Roe my attorney-in-fact.\nDated: 9-12-03\n/s/ Chris Gent")[0] == dt.date(2003, 9, 12)


def test_an_act_of_the_board_is_no_signing_date(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS: That the undersigned officers and directors of Pell Harbor Bancorp, Inc. "
        "appoint Ruth Alder attorney to do all acts as may be needed in connection with this Registration\n"
        "Statement on Form S-3 relating to the Dividend "
        "Reinvestment Plan approved by the Board of Directors on March 18, 2004. This Power of Attorney may be "
        "signed in counterparts.\n"
    )
    assert extract(text).execution_date is None


def test_a_date_typed_into_a_form_blank(extract):
    text = (
        "The undersigned appoints Tam Lund attorney to file reports under Section 16(a).\n\n"
        "DATED: __November 10__ , 2020\n\n\t\t\t/s/ GLENNA J. MINER\n"
    )
    assert extract(text).execution_date == dt.date(2020, 11, 10)
    written = "I appoint Ann Roe my attorney-in-fact.\nSigned this _5th_ day of ___June___, 2007.\n/s/ Chris Gent\n"
    assert extract(written).execution_date == dt.date(2007, 6, 5)


def test_an_agreement_dated_in_its_opening_and_another_agreement_signed_before():
    opening = (
        "This Shareholder Voting Proxy Agreement (this “Agreement”) is entered into in Chengdu, the People’s "
        "Republic of China (the “PRC”) on March 3, 2021, by and among the following parties:"
    )
    assert roles(opening)[0] == dt.date(2021, 3, 3)
    concluded = "This Power of Attorney (hereinafter referred to as “this Agreement”) is concluded among following "
    assert roles(concluded + "Parties on 9th May 2019 and in Suzhou, China.")[0] == dt.date(2019, 5, 9)
    earlier = (
        "pursuant to the Amended and Restated Exclusive Purchase Option Agreement signed on June 4, 2018 between the "
        "WFOE and the Shareholder, the Shareholder authorizes the WFOE"
    )
    assert roles(earlier)[0] is None
