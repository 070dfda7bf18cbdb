"""Role resolution on realistic snippets: who grants, who is appointed, which company, which date."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import ROOT

LETTER = """POWER OF ATTORNEY

KNOW ALL BY THESE PRESENTS, that the undersigned, a director of Halvorsen Marine
Systems, Inc., a Nevada corporation (the "Company"), hereby constitutes and appoints
Priya Nair, Tomas Eklund and Grace O'Neill, and each of them, signing singly, the
undersigned's true and lawful attorneys-in-fact to execute Forms 3, 4 and 5 in accordance
with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder.

This Power of Attorney shall remain in full force and effect until December 31, 2027.

IN WITNESS WHEREOF, the undersigned has executed this Power of Attorney as of the
14th day of March, 2024.

/s/ Leonard J. Whitcombe
-----------------------------
Leonard J. Whitcombe

STATE OF OHIO     )
COUNTY OF FRANKLIN)
On this 14th day of March, 2024, before me personally appeared Leonard J. Whitcombe.
/s/ Marta Kowalczyk
Notary Public
My Commission Expires: June 1, 2029
"""

SIGNATURE_PAGE = """POWER OF ATTORNEY
Each person whose signature appears below hereby constitutes and appoints Alan R. Fisk and/or
Beatriz Moreno as his or her true and lawful attorney-in-fact, to sign the Registration Statement
on Form S-8 of Quillfeather Software Corp. and any amendments thereto.
|Signature
|Title
|Date
|/s/ Helen Y. Marsh
Helen Y. Marsh
|Chief Executive Officer and Director
(Principal Executive Officer)
|May 2, 2023
|/s/ Omar Haddad
Omar Haddad
|Director
|May 3, 2023
"""

ENTITY = """KNOW ALL PERSONS BY THESE PRESENTS that BRIARWOOD GROWTH FUND II, L.P. does hereby make,
constitute and appoint each of Ruth Calloway and Ivan Petrov, acting individually, its true and
lawful attorney, to execute any and all filings required under the Securities Exchange Act of 1934.

IN WITNESS WHEREOF, the undersigned has duly subscribed these presents as of June 9, 2022.

BRIARWOOD GROWTH FUND II, L.P.
By: Briarwood Management, LLC, its General Partner

By: /s/ Samuel Ortiz
Name: Samuel Ortiz
Title: Managing Member
"""

NAME_TITLE_CELLS = """POWER OF ATTORNEY
The undersigned trustees hereby appoint Karen Oduya, Liam Fortier or any of them, his/her attorney-in-fact
and agent, to sign any registration statement under the Investment Company Act of 1940.
The undersigned hereby execute this Power of Attorney as of the 5th day of February 2021.
/s/ Ingrid Solberg
/s/ Victor Chu, Jr.
Ingrid Solberg, Trustee
Victor Chu, Jr., Chairman and Trustee
Witness:
/s/ Paul Dray
"""


def test_letter_agents_grantor_company_dates(extract):
    record = extract(LETTER)
    assert record.is_poa and record.kind == "section16"
    assert [a.name for a in record.agents] == ["Priya Nair", "Tomas Eklund", "Grace O'Neill"]
    assert [g.name for g in record.grantors] == ["Leonard J. Whitcombe"]  # the notary does not grant
    assert record.grantors[0].title == "Director"
    assert record.company == "Halvorsen Marine Systems, Inc."
    assert record.company_state == "Nevada"
    assert record.execution_date == dt.date(2024, 3, 14)
    assert record.expiration_date == dt.date(2027, 12, 31)  # not the notary's commission expiry
    assert record.forms == ["3", "4", "5"]
    assert record.rules == ["Section 16(a)"]


def test_signature_table_titles_and_first_date(extract):
    record = extract(SIGNATURE_PAGE)
    assert record.kind == "registration"
    assert [a.name for a in record.agents] == ["Alan R. Fisk", "Beatriz Moreno"]
    assert [(g.name, g.title) for g in record.grantors] == [
        ("Helen Y. Marsh", "Chief Executive Officer and Director (Principal Executive Officer)"),
        ("Omar Haddad", "Director"),
    ]
    assert record.execution_date == dt.date(2023, 5, 2)


def test_entity_grantor_signing_through_officer(extract):
    record = extract(ENTITY)
    assert [g.name for g in record.grantors] == ["BRIARWOOD GROWTH FUND II, L.P."]
    assert record.company is None  # the grantor itself is not the issuer
    assert [a.name for a in record.agents] == ["Ruth Calloway", "Ivan Petrov"]
    assert record.execution_date == dt.date(2022, 6, 9)
    assert record.kind == "section16"


def test_name_title_cells_and_witness(extract):
    record = extract(NAME_TITLE_CELLS)
    assert [(g.name, g.title) for g in record.grantors] == [
        ("Ingrid Solberg", "Trustee"),
        ("Victor Chu, Jr.", "Chairman and Trustee"),
    ]
    assert [a.name for a in record.agents] == ["Karen Oduya", "Liam Fortier"]
    assert record.execution_date == dt.date(2021, 2, 5)


def test_opening_grantor_and_address_after_agent(extract):
    text = (
        'THIS POWER OF ATTORNEY is made on 3 April 2019 by HENRIK DAHL (the "Liquidator") of Nordby Holdings '
        'Limited, a company incorporated in England and Wales (the "Company").\n'
        "The Liquidator HEREBY APPOINTS CLAIRE BOWEN of 12 Mill Lane, Ashford, Kent or, failing her, "
        'SIMON TREVOR of 4 Orchard Row, Bath (together the "Attorneys") as his attorney.'
    )
    record = extract(text)
    assert [(g.name, g.title) for g in record.grantors] == [("HENRIK DAHL", "Liquidator")]
    assert [a.name for a in record.agents] == ["CLAIRE BOWEN", "SIMON TREVOR"]
    assert record.company == "Nordby Holdings Limited"
    assert record.company_state == "England and Wales"
    assert record.execution_date == dt.date(2019, 4, 3)


def test_recital_dates_are_not_the_execution_date(extract):
    text = (
        'Each of the undersigned directors of Kestrel Bancorp, Inc. (the "Company") hereby appoints Mia Torres '
        "as attorney-in-fact to sign a Post-Effective Amendment to the Company's Registration Statement on "
        "Form S-8 filed with the SEC on January 28, 2015. Each of the undersigned has signed this power of "
        "attorney as of December 2, 2021."
    )
    record = extract(text)
    assert record.execution_date == dt.date(2021, 12, 2)
    assert record.expiration_date is None


def test_not_a_poa(extract):
    text = (
        "CONSENT OF INDEPENDENT ACCOUNTANTS\nWe consent to the incorporation by reference of our report "
        "in the Registration Statement on Form S-8.\n/s/ Birch & Lowell LLP\nMarch 1, 2020"
    )
    record = extract(text)
    assert not record.is_poa
    assert record.kind == "other"
    described = (
        "Section 2.7. Committees; Delegation. The Trustees shall have the power to appoint from their own number "
        "any one or more committees, and to delegate to officers, employees or agents of the Trust such power and "
        "authority as the Trustees may deem expedient."
    )
    assert not extract(described).is_poa  # a power described in a trust's declaration, not granted


def test_signed_under_an_existing_power_is_not_a_grant(extract):
    text = "/s/ Anne Pike\nAnne Pike, Attorney-in-Fact\n* Signed pursuant to a Power of Attorney already on file."
    assert not extract(text).is_poa


def test_titles_and_parentheticals_between_agent_names(extract):
    text = (
        "KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints Rachel Stone, General "
        "Counsel, Martin Ebert (the Company's Corporate Secretary) and Luis Ortega, Assistant Secretary, or any of "
        "them, the undersigned's true and lawful attorneys-in-fact to execute Forms 3, 4 and 5.\n"
        "Dated: July 7, 2015\n/s/ Nora Lindqvist\nNora Lindqvist\n"
    )
    record = extract(text)
    assert [a.name for a in record.agents] == ["Rachel Stone", "Martin Ebert", "Luis Ortega"]
    assert record.execution_date == dt.date(2015, 7, 7)


def test_agents_one_per_line(extract):
    text = (
        "POWER OF ATTORNEY\nThe undersigned hereby appoints each of the following persons:\n"
        "Kenji Watanabe\nAbigail Frost\nDesmond Okafor\n"
        "signing singly, as the undersigned's attorneys-in-fact to sign Forms 3, 4 and 5.\n"
    )
    assert [a.name for a in extract(text).agents] == ["Kenji Watanabe", "Abigail Frost", "Desmond Okafor"]


def test_signature_block_without_s_marks(extract):
    text = (
        "The undersigned hereby appoints Hugo Brandt as attorney-in-fact to sign Forms 3, 4 and 5 on behalf of "
        'the undersigned in respect of securities of Tamarack Foods Corporation ("Tamarack" or the "Company").\n'
        "IN WITNESS WHEREOF, the undersigned has executed this instrument on August 3, 2011.\n\n"
        "______________________________\nElise Marchetti\n\n"
        "Subscribed and sworn before me\n______________________________\nNotary Public\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Elise Marchetti"]
    assert record.company == "Tamarack Foods Corporation"
    assert record.execution_date == dt.date(2011, 8, 3)


def test_name_label_cells_are_signers(extract):
    text = (
        "Each of the undersigned hereby appoints Colin Reyes as his attorney-in-fact to sign the registration "
        "statement on Form S-3.\nSignature: ____________\nName: Farah Siddiqui\nTitle: Director\n"
        "Signature: ____________\nName: Peter Vance\nTitle: Chief Financial Officer\n"
    )
    record = extract(text)
    assert [(g.name, g.title) for g in record.grantors] == [
        ("Farah Siddiqui", "Director"),
        ("Peter Vance", "Chief Financial Officer"),
    ]


def test_issuer_is_neither_the_sec_nor_the_law_firm(extract):
    text = (
        "POWER OF ATTORNEY\nKnow all by these presents, that the undersigned hereby constitutes and appoints each of "
        "Owen Park and Lydia Ferris, signing singly, the undersigned's true and lawful attorney-in-fact to file with "
        'the United States Securities and Exchange Commission (the "SEC") Forms 3, 4 and 5 with respect to '
        "securities of Brightline Therapeutics, Inc. held by the undersigned.\n"
        "A copy of this Power of Attorney shall be delivered to Harwell Stone & Pike LLP, counsel to the issuer.\n"
        "Date: 5/14/2018\n/s/ Celia Moon\n"
    )
    record = extract(text)
    assert record.company == "Brightline Therapeutics, Inc."
    assert [g.name for g in record.grantors] == ["Celia Moon"]
    assert record.execution_date == dt.date(2018, 5, 14)


def test_conformed_signature_page_without_s_marks(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that each of the undersigned directors of Pell Harbor Insurance Company "
        "hereby appoints Ruth Adler as attorney-in-fact to sign a registration statement on Form N-4.\n"
        "IN WITNESS WHEREOF, the undersigned have set their names as of this 4th day of May 2012.\n|\n|\n"
        "MARIA L. FENN, Director and Chairman\n|\nOSCAR T. WU, Chief Financial Officer\n"
    )
    record = extract(text)
    assert [(g.name, g.title) for g in record.grantors] == [
        ("MARIA L. FENN", "Director and Chairman"),
        ("OSCAR T. WU", "Chief Financial Officer"),
    ]
    assert record.execution_date == dt.date(2012, 5, 4)


def test_registrant_block_is_not_a_grantor_but_the_signers_below_are(extract):
    text = (
        "POWER OF ATTORNEY\nKnow all by these presents, that each person whose signature appears below hereby "
        "constitutes and appoints Irene Calder and Hal Brody, and each of them, as his attorney-in-fact to sign the "
        "Annual Report on Form 10-K of Corvane Systems Inc.\n\nSIGNATURES\n\nPursuant to the requirements of the "
        "Securities Exchange Act of 1934, the Registrant has duly caused this report to be signed on its behalf by "
        "the undersigned, thereunto duly authorized, on March 2, 2021.\n\nCORVANE SYSTEMS INC.\n\n"
        "By: /s/ Dev Patel\nName: Dev Patel\nTitle: Chief Executive Officer\n\n"
        "/s/ Dev Patel\nDev Patel\nChief Executive Officer and Director\n\n"
        "/s/ Moira Quinn\nMoira Quinn\nDirector\n"
    )
    record = extract(text)
    assert [(g.name, g.title) for g in record.grantors] == [
        ("Dev Patel", "Chief Executive Officer and Director"),
        ("Moira Quinn", "Director"),
    ]
    assert [a.name for a in record.agents] == ["Irene Calder", "Hal Brody"]


def test_semicolon_lists_and_a_signature_with_its_printed_name_on_one_line(extract):
    text = (
        "Know all by these presents that the undersigned hereby appoints Nadia Volkova; Peter J. Osei, Jr.; and "
        "Tomasz Zielinski (each acting alone) as the undersigned's true and lawful attorney-in-fact, to: (1) sign "
        "Forms 3, 4 and 5; and (2) file them. IN WITNESS WHEREOF, signed on 1 August 2009. /s/ Ruth Ellery Ruth Ellery"
    )
    record = extract(text)
    assert [a.name for a in record.agents] == ["Nadia Volkova", "Peter J. Osei, Jr.", "Tomasz Zielinski"]
    assert [g.name for g in record.grantors] == ["Ruth Ellery"]


def test_issuer_named_by_the_registrant_block_above_the_power(extract):
    text = (
        "SIGNATURES\n\nPursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, "
        "the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly\n"
        "authorized.\n\n                              NORTHWIND TRADERS HOLDINGS, INC.\n\n"
        "Date: March 1, 2012          By: /s/ Paula Grant\n                                  Paula Grant\n\n"
        "POWER OF ATTORNEY\n\nKNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below "
        "constitutes and appoints Paula Grant and Martin Oyelaran, and each of them, his or her true and lawful "
        "attorneys-in-fact, to sign any and all amendments to this Annual Report on Form 10-K.\n\n"
        "/s/ Paula Grant            Chief Executive Officer and Director       March 1, 2012\nPaula Grant\n"
        "/s/ Li Wen                 Director                                   March 1, 2012\nLi Wen\n"
    )
    record = extract(text)
    assert record.company == "NORTHWIND TRADERS HOLDINGS, INC."
    assert [g.name for g in record.grantors] == ["Paula Grant", "Li Wen"]


def test_issuer_named_as_the_filer_of_the_statement_or_as_the_insiders_company(extract):
    statement = (
        "KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below hereby constitutes and "
        "appoints John Q. Adams, his true and lawful attorney-in-fact, to sign the Registration Statement on Form "
        "S-8 of Fabrikam Systems Corporation relating to its 2010 Equity Incentive Plan.\n"
        "/s/ Theodore Nakamura     Director     June 3, 2010\nTheodore Nakamura\n"
    )
    assert extract(statement).company == "Fabrikam Systems Corporation"
    insider = (
        "Know all by these presents, that the undersigned, a Section 16 reporting person of Contoso "
        "Pharmaceuticals, Inc., hereby constitutes and appoints Ann Lee, the undersigned's true and lawful "
        "attorney-in-fact to execute Forms 3, 4 and 5.\n/s/ Robert K. Smythe\n"
    )
    assert extract(insider).company == "Contoso Pharmaceuticals, Inc."


def test_an_adviser_or_one_of_several_organizations_is_not_the_issuer(extract):
    text = (
        "I, Dana Whitlow, as Reporting Person of Larkspur Asset Management, LLC and/or Larkspur, LLC, the Issuer's "
        "Investment Adviser and Parent, respectively, hereby authorize and designate Omar Reyes to file Forms 3, 4 "
        "or 5 on my behalf.\n/s/ Dana Whitlow\n"
    )
    assert extract(text).company is None


def test_agent_list_goes_on_after_describing_the_names_before(extract):
    text = (
        "Know all by these presents, that the undersigned hereby constitutes and appoints each of Karen M. Delgado "
        'and Steven Ott, each of Orion Biosciences Corp. (the "Company"), and Lisa Tran of Baker Hollis LLP, signing '
        "singly, as the undersigned's true and lawful attorney-in-fact to execute Forms 3, 4, and 5.\n"
        "/s/ Gregory A. Whitfield\n"
    )
    record = extract(text)
    assert [a.name for a in record.agents] == ["Karen M. Delgado", "Steven Ott", "Lisa Tran"]
    assert record.company == "Orion Biosciences Corp."


def test_issuer_of_units_ends_with_its_sentence(extract):
    text = (
        "The undersigned, Elena Petrova, hereby authorizes and designates Michael Brandt to sign and file on her "
        "behalf Forms 3, 4 and 5 relating to units of Westbrook Energy Partners, L.P. This authority shall continue "
        "until revoked in writing.\nDated: 11/03/2008     /s/ Elena Petrova\n"
    )
    record = extract(text)
    assert record.company == "Westbrook Energy Partners, L.P."
    assert [g.name for g in record.grantors] == ["Elena Petrova"]


def test_title_in_apposition_and_in_side_by_side_columns(extract):
    letter = (
        "I, Margaret O. Sullivan-Hayes, Senior Vice President and Chief Accounting Officer of Delmarva Federal "
        'Bancorp, Inc. (the "Corporation"), do hereby appoint Thomas W. Reilly as my attorney, to sign and file '
        "Forms 3, 4 and 5.\nDate: February 2, 2010\n/s/ Margaret O. Sullivan-Hayes\n"
    )
    assert [(g.name, g.title) for g in extract(letter).grantors] == [
        ("Margaret O. Sullivan-Hayes", "Senior Vice President and Chief Accounting Officer")
    ]
    columns = (
        "KNOW ALL MEN BY THESE PRESENTS, that the undersigned Trustees of Meridian Municipal Income Trust hereby "
        "appoint Charles E. Porter our true and lawful attorney to sign the Registration Statement on Form N-2.\n"
        "/s/ Robert L. Ginsberg                       /s/ Helena M. Castellanos\n"
        "Robert L. Ginsberg, Trustee                  Helena M. Castellanos, Chair and Trustee\n"
    )
    assert [(g.name, g.title) for g in extract(columns).grantors] == [
        ("Robert L. Ginsberg", "Trustee"),
        ("Helena M. Castellanos", "Chair and Trustee"),
    ]


def test_issuer_named_before_a_comma_and_a_conjunction(extract):
    text = (
        "The undersigned hereby appoints Rhea Tamm to file Forms 3, 4 and 5 with respect to securities of "
        "Vivo Water Works Corp., and any successor, as required by Section 16(a).\n/s/ Ada Quist\n"
    )
    assert extract(text).company == "Vivo Water Works Corp."


def test_signed_inside_undersigned_is_not_a_signing_cue(extract):
    text = (
        "The undersigned appoints Jane E. Doe to execute Forms 3, 4 and 5 for the undersigned. This Power of "
        "Attorney shall remain in effect until the earliest of (a) the undersigned's written revocation, (b) the "
        "undersigned no longer being subject to Section 16, or (c) December 31, 2021.\n"
        "Dated as of March 3rd, 2018.\n/S/ YOLANDA M. FIGUEROA-BATES\nYolanda M. Figueroa-Bates\n"
    )
    record = extract(text)
    assert record.execution_date == dt.date(2018, 3, 3)
    assert record.expiration_date == dt.date(2021, 12, 31)


def test_rules_read_every_generated_exhibit_without_raising():
    """Every text of the training corpus goes through the rules (a crash here would be an errors row in a batch)."""
    from pipeline.nlp.parties import find_parties
    from pipeline.nlp.view import clean_view

    with open(ROOT / "data" / "train" / "generated.jsonl", encoding="utf-8") as rows:
        texts = [json.loads(row)["text"] for row in rows]
    found = [find_parties(clean_view(text)) for text in texts]
    assert sum(bool(p.agents) for p in found) > 0.85 * len(texts)  # 89% when written


_FRAGMENTS = [
    "Acme Holdings, Inc.",
    "Corp.,",
    " and ",
    ", ",
    ". ",
    "\n",
    "\n\n",
    '(the "Company")',
    "/s/ ",
    "By: ",
    "Title: ",
    "Jane Q. Public",
    "JOHN ROE",
    "appoints ",
    "each of ",
    "securities of ",
    "L.P.",
    "Director",
    "the undersigned",
    "|",
    "   ",
    "Dated: 1/2/2003",
    "registrant has duly caused this report to be signed, thereunto duly authorized.",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40))
def test_rules_never_raise_on_shuffled_poa_fragments(parts):
    from pipeline.nlp.parties import find_parties
    from pipeline.nlp.view import clean_view

    parties = find_parties(clean_view("".join(parts)))
    assert all(a.name.strip() for a in parties.agents)


def test_all_capitals_issuer_office_prefix_and_a_law_firm_among_agents(extract):
    caps = (
        "KNOW ALL PERSONS BY THESE PRESENTS THAT THE UNDERSIGNED APPOINTS R. ALEXANDRIA CARLIN AND PEREZ & DAVIS LLP, "
        "EACH ACTING INDIVIDUALLY, TO SIGN, AS A BENEFICIAL OWNER OF MORE THAN 10% OF LONDON MOTORS COMPANY (THE "
        '"COMPANY"), FORMS 3, 4 AND 5. EACH ATTORNEY-IN-FACT MAY APPOINT A SUBSTITUTE. THIS POWER REMAINS IN EFFECT '
        "UNTIL THE UNDERSIGNED IS NO LONGER REQUIRED TO FILE FORMS 3, 4 AND 5 WITH RESPECT TO SECURITIES OF THE "
        "COMPANY, UNLESS REVOKED.\n/s/ OTTO BRANDT\n"
    )
    record = extract(caps)
    assert record.company == "LONDON MOTORS COMPANY"
    assert [a.name for a in record.agents] == ["R. ALEXANDRIA CARLIN", "PEREZ & DAVIS LLP"]
    office = (
        "The undersigned appoints Mark Reese to execute, as a Director of Cortekon Asset\nManagement Partnership "
        '(the "Company"), Forms 3, 4 and 5.\n/s/ Ida Lund\n'
    )
    assert extract(office).company == "Cortekon Asset Management Partnership"


def test_agents_named_by_hereby_name_and_lists_ending_in_his_her(extract):
    named = "I, Emily A. Ray, of Nicolefort, Ohio, hereby name Mary Diaz as my attorney-in-fact.\n/s/ Emily A. Ray\n"
    assert [a.name for a in extract(named).agents] == ["Mary Diaz"]
    listed = (
        "Each person whose signature appears below hereby appoints Aideen K. Tobin; Teresa B. Hawkins; and Patricia "
        "Hill II his/her attorney-in-fact and agent, to sign the Registration Statement on Form S-8.\n"
    )
    assert [a.name for a in extract(listed).agents] == ["Aideen K. Tobin", "Teresa B. Hawkins", "Patricia Hill II"]


def test_signers_named_after_months_short_given_names_and_dash_titles(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints "
        "CARL C. GREGORY III his true and lawful attorney-in-fact to sign this Form 10-K Annual Report.\n"
        "Witness our hands on the 1st day of June, 2007.\n"
        "          /s/ Peter W. May            Director             March 29, 2001\n"
        "/s/ Wm. Michael Warren, Jr.\n"
        "|Sandra O. Moose – Trustee, Chairperson of the Board\n"
        "/s/ Sandra O. Moose\n"
    )
    record = extract(text)
    assert [(g.name, g.title) for g in record.grantors] == [
        ("Peter W. May", "Director"),
        ("Wm. Michael Warren, Jr.", None),
        ("Sandra O. Moose", "Trustee, Chairperson of the Board"),
    ]
    assert record.execution_date == dt.date(2007, 6, 1)


def test_a_corporate_suffix_alone_is_not_the_issuer(extract):
    text = (
        "LIMITED\nPOWER OF ATTORNEY\nFOR SECTION 16(A) FILINGS\nKnow all by these presents, that the undersigned "
        "hereby constitutes and appoints Susan L. Goupil, signing singly, the undersigned's true and lawful "
        "attorney-in-fact to execute Forms 3, 4, and 5 and Form 13-F.\n"
    )
    record = extract(text)
    assert record.company is None
    assert record.forms == ["3", "4", "5", "13F"]


def test_an_entity_granting_with_its_officers_is_also_the_issuer(extract):
    text = (
        "Exhibit 24.1\nNORDWIND UTILITIES CORPORATION\nPower of Attorney\n"
        "The undersigned Nordwind Utilities Corporation, a Delaware corporation and certain of its officers and/or "
        "directors, do each hereby constitute and appoint Lena Frost and Omar Said, and each of them, to act as "
        "attorneys-in-fact to sign the Annual Report of said Nordwind Utilities Corporation on Form 10-K.\n"
        "Executed as of the 27th day of February, 2007.\n|\nNORDWIND UTILITIES CORPORATION\n|\nBy:\n|\n"
        "/s/ PAUL KERR\n|\nChairman and Chief Executive Officer\nATTEST:\n|\n/S/ RUTH AMES\nAssistant Secretary\n|\n"
        "/S/ PAUL KERR\nPaul Kerr\n|\nChairman and Chief Executive Officer\n|\n"
        "/S/ LENA FROST\nLena Frost\n|(Director)\n"
    )
    record = extract(text)
    assert [(g.name, g.title) for g in record.grantors] == [
        ("NORDWIND UTILITIES CORPORATION", None),
        ("Paul Kerr", "Chairman and Chief Executive Officer"),
        ("Lena Frost", "Director"),
    ]
    assert record.company == "Nordwind Utilities Corporation"
    assert record.company_state == "Delaware"


def test_joint_filers_and_the_person_who_also_signs_for_himself(extract):
    text = (
        "Each of the undersigned hereby appoints Andrew Lim as attorney-in-fact to file any Schedule 13D with "
        "respect to securities of Pinecrest Mining Ltd.\nDate: January 5, 2016\n\n"
        "GRANITE PEAK CAPITAL FUND, L.P.\nBy: Granite Peak Capital Management, LLC, its general partner\n\n"
        "By: /s/ Howard Becker\n    Name: Howard Becker\n    Title: Managing Member\n\n"
        "GRANITE PEAK CAPITAL MANAGEMENT, LLC\n\nBy: /s/ Howard Becker\n    Name: Howard Becker\n\n"
        "/s/ Howard Becker\nHoward Becker\n"
    )
    assert [g.name for g in extract(text).grantors] == [
        "GRANITE PEAK CAPITAL FUND, L.P.",
        "GRANITE PEAK CAPITAL MANAGEMENT, LLC",
        "Howard Becker",
    ]


def test_titles_broken_over_lines_and_the_printed_name_fuller_than_the_signature(extract):
    table = (
        "Each person whose signature appears below hereby constitutes and appoints Paul A. Hilstad his true and "
        "lawful attorney-in-fact to sign any amendment to this Registration Statement.\n"
        "SIGNATURES                      TITLE                           DATE\n"
        "                                Chairman, President\n"
        "/s/ ROBERT S. DOW               and Director/Trustee            March 8, 2001\n"
        "-------------------------       ------------------------        ----------------\n"
        "Robert S. Dow\n"
        "/s/ THAYER BIGELOW              Director/Trustee                March 8, 2001\n"
        "-------------------------       ------------------------        ----------------\n"
        "E. Thayer Bigelow\n"
    )
    assert [(g.name, g.title) for g in extract(table).grantors] == [
        ("Robert S. Dow", "Chairman, President and Director/Trustee"),
        ("E. Thayer Bigelow", "Director/Trustee"),
    ]
    cells = (
        "The undersigned Trustees hereby appoint John P. Buckel as attorney-in-fact to sign the Registration "
        "Statement on Form N-1A.\n|\nName\n|\n|\nTitle\n|/s/\nJoseph C. Neuberger\n|\n|\n|\nJoseph\nC. Neuberger\n|\n"
        "|\nChairperson,\nTrustee and President\n|/s/\nGary A. Drska\n|\n|\n|\nGary\nA. Drska\n|\n|\nIndependent\n"
        "Trustee\n"
    )
    assert [(g.name, g.title) for g in extract(cells).grantors] == [
        ("Joseph C. Neuberger", "Chairperson, Trustee and President"),
        ("Gary A. Drska", "Independent Trustee"),
    ]


def test_issuer_whose_name_holds_its_defined_term(extract):
    text = (
        "The undersigned officers and Trustees\nof the Trust for Professional Managers (the “Trust”) hereby appoint "
        "John P. Buckel as attorney-in-fact to sign the Trust’s Registration Statement on Form N-1A.\n"
        "/s/ Gary A. Drska\n"
    )
    assert extract(text).company == "Trust for Professional Managers"


def test_grantor_named_in_the_title_when_the_signature_is_cut_off(extract):
    text = (
        "EXHIBIT\n24\nLIMITED\nPOWER OF ATTORNEY\nFOR\nJEFFREY\nD. SMITH\nSECTION\n16(A) FILINGS\nKnow\nall\nby these "
        "presents, that the undersigned hereby constitutes and appoints each\nof\nSusan L. Goupil, signing singly, the "
        "undersigned's true\nand lawful attorney-in-fact to execute Forms 3, 4, and 5. The undersigned acknowledges"
    )
    assert [g.name for g in extract(text).grantors] == ["JEFFREY D. SMITH"]


def test_unsigned_lines_side_by_side_with_names_printed_under_them(extract):
    text = (
        "The undersigned directors hereby make, constitute and appoint Raymond D. Hill our true and lawful Attorney to "
        "sign the Annual Report on Form 10-K.\n\n"
        "--------------------------------                --------------------------------\n"
        "                 Paul Champagne                                  Richard F. Owen\n\n"
        "--------------------------------                --------------------------------\n"
        "             Maurice E. Fletcher                                Robert A. Symons\n"
    )
    assert [g.name for g in extract(text).grantors] == [
        "Paul Champagne",
        "Richard F. Owen",
        "Maurice E. Fletcher",
        "Robert A. Symons",
    ]


def test_conformed_signers_marked_with_a_star_and_the_attorney_who_signs_for_them(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints "
        "Henry P. Gold as his true and lawful attorney-in-fact, to sign this Registration Statement on Form S-8.\n\n"
        "Signature                                    Title                                   Date\n\n"
        "*                                            Director                                May 4, 2012\n"
        "Alice B. Chen\n\n"
        "*                                            Director                                May 4, 2012\n"
        "George Halvorsen\n\n"
        "*By: /s/ Henry P. Gold\n     Henry P. Gold, Attorney-in-fact\n"
    )
    assert [(g.name, g.title) for g in extract(text).grantors] == [
        ("Alice B. Chen", "Director"),
        ("George Halvorsen", "Director"),
    ]


def test_letter_issuer_ending_a_sentence_and_a_lower_case_office_in_apposition(extract):
    letter = (
        "Ladies and Gentlemen:\nThis letter authorizes Patricia L. Moreau to sign on my behalf all Forms 3, 4 and 5 "
        "with respect to my holdings of and transactions in securities of Corvallis Instruments Corporation. This "
        "authorization shall remain in effect until revoked.\nSincerely,\n/s/ Devin R. Castellano\n"
    )
    assert extract(letter).company == "Corvallis Instruments Corporation"
    apposition = (
        "I, Samuel J. Prentiss, a director of Ridgeview Holdings Corp., a Nevada corporation, do hereby appoint "
        "Carla Dominguez as my true and lawful attorney-in-fact to sign the Form 10-K.\n"
        "________________________\nSamuel J. Prentiss\n"
    )
    assert [(g.name, g.title) for g in extract(apposition).grantors] == [("Samuel J. Prentiss", "Director")]


def test_capitals_letterhead_issuer_and_a_person_then_a_firm_among_agents(extract):
    letter = (
        "HAMPTON CHEMICALS CORPORATION\n599 JESSICA SQUARE\n\n12/31/2017\n\nSECURITIES AND EXCHANGE COMMISSION\n"
        "ATTENTION: FILER SUPPORT\n\nRE: POWER OF ATTORNEY\n\nI, HANNAH KATHRYN PALMER, HEREBY AUTHORIZE AND DESIGNATE "
        "A. EDWARD BENSON AND MENDOZA TRUST COMPANY, OR ANY OF THEM, TO SIGN ANY REPORT UNDER SECTION 16.\n\n"
        "YOURS TRULY,\n\nHANNAH KATHRYN PALMER\n"
    )
    record = extract(letter)
    assert record.company == "HAMPTON CHEMICALS CORPORATION"
    assert [a.name for a in record.agents] == ["A. EDWARD BENSON", "MENDOZA TRUST COMPANY"]
    caps = (
        "THE UNDERSIGNED APPOINTS JOSE PARK TO PREPARE, SIGN AND SUBMIT FOR AND ON BEHALF OF THE UNDERSIGNED, IN THE "
        "UNDERSIGNED'S CAPACITY AS AN OFFICER OR DIRECTOR OF VILUMALNET CORPORATION, A DELAWARE CORPORATION (THE "
        '"COMPANY"), FORMS 3, 4 AND 5.\n/s/ Ada Quist\n'
    )
    record = extract(caps)
    assert (record.company, record.company_state) == ("VILUMALNET CORPORATION", "Delaware")


def test_entity_blocks_flattened_onto_one_line(extract):
    text = (
        "The undersigned hereby appoints Wigbert Weinhold its true and lawful attorney to file Schedules 13D and 13G. "
        "IN WITNESS WHEREOF, I have hereunto set my hand January 9, 2009.  LZHH Credit Fund II Ltd. By: /s/ Rotraud "
        "Scholl Name: Rotraud Scholl Title: Vice President  RMK HOLDINGS 2010, LLC By: RMK Capital Advisors, LLC, its "
        "Manager By: /s/ Mary Lori Russo Name: Mary Lori Russo Title: Managing Member  /s/ Roger S. O'Sullivan"
    )
    assert [g.name for g in extract(text).grantors] == [
        "LZHH Credit Fund II Ltd.",
        "RMK HOLDINGS 2010, LLC",
        "Roger S. O'Sullivan",
    ]


def test_registrant_granting_with_its_officers_for_its_own_statements(extract):
    text = (
        "KNOW ALL BY THESE PRESENTS, that Quillon, Inc. (“Quillon”) and each other undersigned, an officer or "
        "director, or both, of Quillon, do hereby appoint Larry D. Thompson and Thomas H. Tamoney, Jr., and each of "
        "them severally, its, his or her true and lawful attorney-in-fact to execute on behalf of Quillon and the "
        "undersigned the following documents: Registration Statements No. 33-53232 relating to Quillon Common Stock."
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Quillon, Inc."]
    assert record.company == "Quillon, Inc."
    assert [a.name for a in record.agents] == ["Larry D. Thompson", "Thomas H. Tamoney, Jr."]


def test_issuer_known_by_its_definition_and_not_from_an_agents_description(extract):
    defined = (
        "KNOW ALL MEN BY THESE PRESENTS, that each of the undersigned directors and officers of USA INTERACTIVE, a "
        'Delaware corporation (the "Company"), hereby constitutes and appoints Dara Khosrowshahi his true and lawful '
        "attorney-in-fact to sign the Registration Statement on Form S-3.\n/s/ Richard N. Barton\n"
    )
    record = extract(defined)
    assert (record.company, record.company_state) == ("USA INTERACTIVE", "Delaware")
    agent = (
        "I, J. Scot Davidson, hereby authorize and designate Kathryn E. Burns, Vice President, Director of Finance of "
        "Monroe Bank, to sign Securities and Exchange Commission Form 3, Form 4 and Form 5 on my behalf.\n"
        "/s/ J. Scot Davidson\nSenior Vice President, Retail Banking\n\nDate:  5/3/06\n"
    )
    record = extract(agent)
    assert record.company is None
    assert [(g.name, g.title) for g in record.grantors] == [
        ("J. Scot Davidson", "Senior Vice President, Retail Banking")
    ]


def test_office_of_the_undersigned_and_a_fund_family_numbered_in_roman(extract):
    text = (
        "I, the undersigned\nPresident/Chief Executive Officer and member of the Board of Trustees of Delaware Group "
        "Equity Funds IV, hereby constitute and appoint David F. Connor my true and lawful attorney-in-fact to sign "
        "the Registration Statement on Form N-14.\n/s/ Shawn K. Lytle\nShawn K. Lytle\n"
    )
    record = extract(text)
    assert record.company == "Delaware Group Equity Funds IV"
    assert [(g.name, g.title) for g in record.grantors] == [
        ("Shawn K. Lytle", "President/Chief Executive Officer and member of the Board of Trustees")
    ]


def test_company_reports_under_section_13_or_15d_are_registration_kind(extract):
    text = (
        "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the Registrant "
        "has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.\n\n"
        "| Date: November 1, 2024 |     | Pomelo Inc. |     |                         |\n"
        "|                        |     | By:        |     | /s/ Luca Maestri        |\n\n"
        "KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints "
        "Luca Maestri his or her attorney-in-fact to sign any amendments to this Annual Report on Form 10-K.\n"
        "| /s/    Timothy D. Cook    |     | Director     |     | November 1, 2024 |\n"
    )
    record = extract(text)
    assert (record.kind, record.company) == ("registration", "Pomelo Inc.")


def test_confirming_statement_of_a_power_on_file_names_its_agents_after_a_colon(extract):
    text = (
        "Confirming Statement:\n\nThe reporting person, Paul E. Miller, has\nexecuted a power of attorney that "
        "authorizes and directs the following\npersons to file the Form on his behalf:  Rhondda E.S. Grant, Donald J.\n"
        "DeGrandis or Bruce D. Nysetvold.  The power of attorney is on file with the Issuer, and\nit is dated "
        "October 2, 2003."
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Paul E. Miller"]
    assert [a.name for a in record.agents] == ["Rhondda E.S. Grant", "Donald J. DeGrandis", "Bruce D. Nysetvold"]
    assert record.kind == "section16"


def test_two_powers_in_one_exhibit_and_sections_without_parentheses(extract):
    text = (
        "POWER OF ATTORNEY Know all men by these presents that Adam H. Clammer does hereby make, constitute and "
        "appoint William J. Janetschek as attorney-in-fact with respect to Sections 13d and 16a of the Securities "
        "Exchange Act of 1934. /s/ Adam H. Clammer Adam H. Clammer November 20, 2002 POWER OF ATTORNEY Know all men "
        "by these presents that Michael W. Michelson does hereby make, constitute and appoint William J. Janetschek "
        "as attorney-in-fact."
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Adam H. Clammer", "Michael W. Michelson"]
    assert record.rules == ["Section 13(d)", "Section 16(a)"]


def test_a_signed_name_broken_over_short_lines(extract):
    text = (
        "The undersigned Trustee hereby appoints John Sherman attorney-in-fact to sign the Registration Statement "
        "on Form N-1A.\n|\n/s/\nR. John\nFletcher\nR.\nJohn Fletcher\n|\nIndependent\nTrustee\n|\nDate: 11/22/2005\n"
    )
    assert [(g.name, g.title) for g in extract(text).grantors] == [("R. John Fletcher", "Independent Trustee")]
    tabs = (
        "Each of the undersigned hereby appoints each of Caroline B. Manogue, individually, as attorney to sign any "
        "Form 4's.\nSIGNATURE\t\tTITLE\n/s/ Peter A.\nLankau\t\tSenior Vice President, U.S. Business\n"
        "Peter A. Lankau\n/s/ Michael Hyatt\tDirector\nMichael Hyatt\n"
    )
    assert [g.name for g in extract(tabs).grantors] == ["Peter A. Lankau", "Michael Hyatt"]


def test_unsigned_rows_between_signed_ones_and_glued_initials(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that the undersigned directors and officers of Columbia Bancorp constitute "
        "and appoint John M. Bond, Jr. the true and lawful attorney-in-fact of the undersigned to sign a Registration "
        "Statement on Form S-8.\nDated: January 26, 2004\n|\nName\n|\nTitle\n|\n/s/ John M. Bond, Jr.\n"
        "John M. Bond, Jr.\n|\nChief Executive Officer and Director\n|\nWinfield M. Kelly, Jr.\n|\n"
        "Chairman of the Board and Director\n|\n/s/ Hugh F.Z. Cole, Jr.\nHugh F.Z. Cole, Jr.\n|\nDirector\n|\n"
        "Carl D. Jones\n|\nDirector\n"
    )
    assert [(g.name, g.title) for g in extract(text).grantors] == [
        ("John M. Bond, Jr.", "Chief Executive Officer and Director"),
        ("Winfield M. Kelly, Jr.", "Chairman of the Board and Director"),
        ("Hugh F.Z. Cole, Jr.", "Director"),
        ("Carl D. Jones", "Director"),
    ]


def test_recital_definition_and_date_and_the_execution_date_below(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS:\nTHAT, WHEREAS, SBC COMMUNICATIONS INC., a Delaware corporation, hereinafter "
        "referred to as the “Corporation,” proposes to file a Registration Statement on Form S-4 in connection with "
        "the Agreement and Plan of Merger, dated as of January 30, 2005, among the Corporation and AT&T Corp.; and\n"
        "NOW, THEREFORE, each of the undersigned hereby constitutes and appoints James D. Ellis the attorney for the "
        "undersigned.\nIN WITNESS WHEREOF, each of the undersigned has hereunto set his or her hand the 11 day of "
        "March, 2005.\n/s/ Jane Roe\n"
    )
    record = extract(text)
    assert (record.company, record.company_state) == ("SBC COMMUNICATIONS INC.", "Delaware")
    assert record.execution_date == dt.date(2005, 3, 11)


def test_conformed_signatures_in_quotes_on_a_flattened_table(extract):
    text = (
        "Each person whose signature appears below appoints Edward MacNeil his attorney-in-fact to sign this "
        "Registration Statement on Form S-8 of IMAX Corporation. | Signature | Title | |“Neil S. Braun” Neil S. Braun "
        "| | Director | | |“Edward MacNeil” Edward MacNeil | | Chief Financial Officer (Principal Financial Officer) "
        "| | | Date: July 20, 2007 | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |"
    )
    assert [(g.name, g.title) for g in extract(text).grantors] == [
        ("Neil S. Braun", "Director"),
        ("Edward MacNeil", "Chief Financial Officer (Principal Financial Officer)"),
    ]


def test_issuer_in_a_title_line_and_in_a_possessive_before_its_statement(extract):
    heading = (
        "                        Minnesota Life Insurance Company\n                                Power of Attorney\n"
        "WHEREAS, Minnesota Life has established separate accounts; NOW THEREFORE each of the undersigned appoints "
        "Dennis E. Prohofsky as attorney-in-fact to sign registration statements.\n"
    )
    assert extract(heading).company == "Minnesota Life Insurance Company"
    possessive = (
        "I, Denise Wilson, as a director of certain subsidiaries, hereby constitute and appoint Scott J. Davido as my "
        "attorney-in-fact to sign any documents in connection with NRG Energy, Inc.'s (and the NRG Companies' (as "
        "Co-Registrants)) Registration Statement on Form S-4.\n/s/ Denise Wilson\n"
    )
    assert extract(possessive).company == "NRG Energy, Inc."


def test_confirming_statement_in_the_third_person_with_agents_over_two_lines(extract):
    text = (
        "Confirming Statement.\n\n      Douglas C. Jacobs has authorized Robert M. Loesch,\n      Avery S. Cohen, "
        "Suzanne K. Hanselman and William Hull\n      signing singly as his true and lawful attorney-in-fact\n"
        "      to execute for and on behalf of him Forms 3, 4, and 5.\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Douglas C. Jacobs"]
    assert [a.name for a in record.agents] == [
        "Robert M. Loesch",
        "Avery S. Cohen",
        "Suzanne K. Hanselman",
        "William Hull",
    ]


def test_an_officer_signing_under_the_entity_name_and_an_attesting_secretary(extract):
    text = (
        "The undersigned Waddell & Reed Financial Services, Inc. hereby appoints Wendy J. Hills its attorney-in-fact "
        "to file Schedules 13G.\n\n                Waddell & Reed Financial Services, Inc.\n\n"
        "                /s/  Henry J. Herrmann\n\n                Henry J. Herrmann\n"
        "                Executive Vice President\n\nAttest:  /s/ Daniel C. Schulte\n\n         Daniel C. Schulte\n"
        "         Secretary\n"
    )
    assert [g.name for g in extract(text).grantors] == ["Waddell & Reed Financial Services, Inc."]


def test_names_printed_with_their_office_but_unsigned_and_the_fullest_mention(extract):
    rows = (
        "The undersigned officers and the Directors of Small Cap Fund Inc. hereby authorize Mitchell M. Cox as "
        "attorney-in-fact to sign any Registration Statement.\nIN WITNESS WHEREOF, the undersigned have executed "
        "this Power of Attorney as of the 7th day of June 2005.\n|\n/S/ ALAN BATKIN\nAlan Batkin, Director\n"
        "William J. Rainer, Director\n|\nPaul Glasserman, Director\n|\n"
        "/S/ MITCHELL M. COX\nMitchell M. Cox, President\n"
    )
    assert [(g.name, g.title) for g in extract(rows).grantors] == [
        ("Alan Batkin", "Director"),
        ("William J. Rainer", "Director"),
        ("Paul Glasserman", "Director"),
        ("Mitchell M. Cox", "President"),
    ]
    fullest = (
        "KNOW ALL PERSONS BY THESE PRESENTS, that, Nolan T. Altman, whose signature appears below, does hereby "
        "constitute and appoint John MacKinnon his attorney-in-fact.\n        By: /s/ Nolan Altman\n"
    )
    assert [g.name for g in extract(fullest).grantors] == ["Nolan T. Altman"]
    flattened = (
        "I, the undersigned member of the Boards of Trustees, hereby constitute and appoint Joseph H. Hastings my "
        "attorney-in-fact. IN WITNESS WHEREOF, the undersigned has executed this instrument as of this 21st day of "
        "August 2003. Jude T. Driscoll ----------------------- Jude T. Driscoll"
    )
    assert [g.name for g in extract(flattened).grantors] == ["Jude T. Driscoll"]


def test_issuer_named_for_its_place_and_a_sole_trustee_in_apposition(extract):
    place = (
        'We, the undersigned Directors of The Manufacturers Life Insurance Company\nof New York (the "Company"), do '
        "hereby constitute and appoint John D. Richardson our true and lawful attorney to sign registration "
        "statements.\n"
    )
    assert extract(place).company == "The Manufacturers Life Insurance Company of New York"
    trustee = (
        "KNOW ALL PERSONS BY THESE PRESENTS that Paul S. Efron, as Sole Trustee of\nthe Eleventh Automatic Common "
        'Exchange Security Trust (the "Trust") does hereby make, constitute and appoint Pamela C. Torres his true '
        "and lawful attorney to sign the Registration Statement on Form N-2.\n/s/ Paul S. Efron\n"
    )
    record = extract(trustee)
    assert record.company == "Eleventh Automatic Common Exchange Security Trust"
    assert [(g.name, g.title) for g in record.grantors] == [("Paul S. Efron", "Sole Trustee")]


def test_honorifics_before_a_glued_initial_and_a_nickname_in_parentheses(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that THE REV. DR. HOLLIS W.PLIMPTON, JR.,whose signature appears below "
        "constitutes and appoints PAUL R. BECHET his true and lawful attorney-in-fact to sign any Form 4.\n\n"
        "                    /s/ THE REV. DR. HOLLIS W.PLIMPTON, JR.\n\n"
        "/s/ Argeris (“Jerry”) N. Karabelas,\nPh.D.\nArgeris (“Jerry”) N. Karabelas, Ph.D.\n"
    )
    names = [g.name for g in extract(text).grantors]
    assert names == ["HOLLIS W.PLIMPTON, JR.", 'Argeris ("Jerry") N. Karabelas']  # quotes read straight


def test_firm_joined_by_an_ampersand_any_two_of_the_agents_and_the_principal(extract):
    firm = (
        "Each of the undersigned hereby appoints Kleiner Perkins Caufield & Byers XIII, LLC and Susan Biglieri, and "
        "each of them, as attorney-in-fact to sign Schedules 13D and 13G.\n"
    )
    assert [a.name for a in extract(firm).agents] == ["Kleiner Perkins Caufield & Byers XIII, LLC", "Susan Biglieri"]
    two = (
        "KNOW ALL BY THESE PRESENTS THAT we, the undersigned Directors of State Street Bank and Trust Company, hereby "
        "appoint any two of David A. Spina, Ronald E. Logue and John R. Towers, acting together, as attorneys."
    )
    assert [a.name for a in extract(two).agents] == ["David A. Spina", "Ronald E. Logue", "John R. Towers"]
    principal = (
        "The undersigned, Michael Larson, pursuant to lawfully granted authority by the principal, William H. Gates "
        "III hereby appoints Alan D. Heuberger with full power to act as attorney-in-fact.\n/s/ Michael Larson\n"
    )
    assert [g.name for g in extract(principal).grantors] == ["Michael Larson", "William H. Gates III"]


def test_unsigned_rows_with_their_office_on_the_signature_line_above(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints "
        "L. Wayne Pearson his attorney-in-fact to sign this Registration Statement.\n"
        "Signature                                Title                                              Date\n\n"
        "--------------------------               Director                                           June __, 2000\n"
        "William A. Coates\n\n"
        "s/Thomas E. Hamer, Sr.\n"
        "--------------------------               Director                                           June 15, 2000\n"
        "Thomas E. Hamer, Sr.\n\n"
        "|ANDREW B. ABRAMSON\n|\nDirector\n|February 26, 2004\n|Andrew B. Abramson\n"
    )
    assert [(g.name, g.title) for g in extract(text).grantors] == [
        ("William A. Coates", "Director"),
        ("Thomas E. Hamer, Sr.", "Director"),
        ("ANDREW B. ABRAMSON", "Director"),
    ]


def test_corporate_power_made_by_a_company_under_foreign_law(extract):
    made = (
        "SAP FRANCE S.A.\nPOWER OF ATTORNEY\nThis power of attorney is made on January 18, 2008 by SAP France S.A., a "
        "société anonyme organized\nunder the laws of the Republic of France (the Company).\nThe Company hereby "
        "appoints\nMichael Junge,\nStefan Gruber,\nand Michael Ploetner,\nand each of them, its true and lawful "
        "attorney-in-fact to sign any Schedule TO.\n"
    )
    record = extract(made)
    assert [g.name for g in record.grantors] == ["SAP France S.A."]
    assert (record.company_state, record.forms) == ("France", ["TO"])
    granted = (
        "This Power of Attorney is granted on 22 November 2018 by GlaxoSmithKline plc (the “Company”), a company "
        "registered in England and Wales under number 3888792.\nThe Company hereby irrevocably authorises each of "
        "Simon Dingemans and Victoria Whyte jointly and severally, to act as its true and lawful attorneys."
    )
    record = extract(granted)
    assert [g.name for g in record.grantors] == ["GlaxoSmithKline plc"]
    assert (record.company, record.company_state) == ("GlaxoSmithKline plc", "England and Wales")
    assert [a.name for a in record.agents] == ["Simon Dingemans", "Victoria Whyte"]


def test_unsigned_name_cells_below_their_labels(extract):
    text = (
        "The undersigned directors of The St. Paul Companies, Inc. hereby appoint Bruce A. Backberg their attorney "
        "to sign the Form 10-K.\nSignature:\n|\nCarolyn H. Byrd\n|\n|\nName:\n|\nCarolyn H. Byrd\n|\n|\n"
        "Signature:\n|\nJohn H. Dasburg\n|\nName:\n|\nJohn H. Dasburg\n"
    )
    assert [g.name for g in extract(text).grantors] == ["Carolyn H. Byrd", "John H. Dasburg"]


def test_a_letter_that_appoints_each_of_you_names_its_agents_above_the_salutation(extract):
    text = (
        "February 2, 2006\n\nPatricia L. Roberts and Wayne Boston\n\nMs. Roberts and Mr. Boston:\n\n"
        "Southern Power Company proposes to file its Annual Report on Form 10-K.\n\nSouthern Power Company and the "
        "undersigned directors and officers of said Company hereby make, constitute and appoint each of you our "
        "true and lawful Attorney to sign the Annual Report.\n\nYours very truly,\n\nSOUTHERN POWER COMPANY\n\n"
        "By /s/ Ronnie L. Bates\nPresident and Chief Executive Officer\n\n/s/ David M. Ratcliffe\n"
        "David M. Ratcliffe\n\n/s/ Bradford J. Bomba\nBradford J. Bomba, Jr.\n"
    )
    record = extract(text)
    assert [a.name for a in record.agents] == ["Patricia L. Roberts", "Wayne Boston"]
    assert [g.name for g in record.grantors] == [
        "SOUTHERN POWER COMPANY",
        "David M. Ratcliffe",
        "Bradford J. Bomba, Jr.",
    ]


def test_offices_cleared_of_name_remnants_and_cut_at_the_next_signature(extract):
    tabs = (
        "Each of the undersigned hereby appoints each of Caroline B. Manogue as attorney to sign any Form 4's.\n"
        "SIGNATURE\t\tTITLE\n/s/ Clive A. Meanwell, M.D., Ph.D.\tDirector\nClive A. Meanwell,\nM.D., Ph.D.\n"
        "/s/ Peter A.\nLankau\t\tSenior Vice President, U.S. Business\nPeter A. Lankau\n"
    )
    assert [(g.name, g.title) for g in extract(tabs).grantors] == [
        ("Clive A. Meanwell", "Director"),
        ("Peter A. Lankau", "Senior Vice President, U.S. Business"),
    ]
    flattened = (
        "NOW, THEREFORE, each of the undersigned does hereby appoint D. E. Schwartz his true and lawful attorney to "
        "execute the Annual Report. /s/ R. D. FAGAN ------------------------ January 31, 2001 R. D. FAGAN, CHAIRMAN "
        "OF THE BOARD AND CHIEF EXECUTIVE OFFICER /s/ G. L. GILLETTE ------------------ January 31, 2001 G. L. "
        "GILLETTE, DIRECTOR"
    )
    assert [(g.name, g.title) for g in extract(flattened).grantors] == [
        ("R. D. FAGAN", "CHAIRMAN OF THE BOARD AND CHIEF EXECUTIVE OFFICER"),
        ("G. L. GILLETTE", "DIRECTOR"),
    ]


def test_statement_for_an_issuer_and_two_trusts_in_a_title_block(extract):
    statement = (
        "KNOW ALL MEN BY THESE PRESENTS that each person whose signature appears below constitutes and appoints "
        "Kevin C. Hale his true and lawful attorney-in-fact to sign a Registration Statement on Form S-4 for First "
        "National Bankshares of Florida, Inc. (“FLB”) relating to the acquisition.\n/s/ Gary L. Tice\n"
    )
    assert extract(statement).company == "First National Bankshares of Florida, Inc."
    two = (
        "                             NUVEEN INVESTMENT TRUST\n"
        "                           NUVEEN INVESTMENT TRUST II\n\n\n"
        "                                POWER OF ATTORNEY\n\nThe undersigned Trustee hereby appoints Larry W. Martin "
        "his attorney-in-fact to sign the Registration Statement on Form N-14.\n/s/ James E. Bacon\n"
    )
    assert extract(two).company is None


def test_issuer_of_a_significant_stockholder(extract):
    text = (
        "The undersigned hereby appoints Robert M. Swartz to execute, in my capacity as one or more of an officer, "
        "director, or significant stockholder of Hicks Acquisition Company II, Inc.\nor any of its subsidiaries "
        "(collectively, the “Company”), reports under Section 16, including Forms 3, 4 and 5.\n/s/ Thomas O. Hicks\n"
    )
    assert extract(text).company == "Hicks Acquisition Company II, Inc."


def test_a_second_power_filled_in_without_commas_names_its_grantor(extract):
    first = "POWER OF ATTORNEY\n" + "I, Helen R. Okafor, hereby constitute and appoint Martin Lowe my attorney.\n" * 40
    second = (
        "/s/ Helen R. Okafor\nHelen R. Okafor\nPOWER OF ATTORNEY\nKNOW ALL PERSONS BY THESE PRESENTS, That I\n"
        "Samuel T. Brightwater\nhereby constitute and appoint Martin Lowe, my true and lawful attorney-in-fact, to "
        "sign my name as a director of Larchmont Foods, Inc. to the Registration Statement on Form S-8.\n"
    )
    names = [g.name for g in extract(first + second).grantors]
    assert names == ["Helen R. Okafor", "Samuel T. Brightwater"]
    notary = first + "/s/ Helen R. Okafor\nI, Dana Whitfield, a Notary Public, certify that she appeared.\n"
    assert "Dana Whitfield" not in [g.name for g in extract(notary).grantors]


def test_an_entity_that_acts_through_its_agent_grants(extract):
    text = (
        "POWER OF ATTORNEY\nRobert Linden, acting for Crestline Equity Holdings, LLC (the “LLC”) as its authorized "
        "agent, hereby constitutes and appoints each of Maya Ferris and Omar Haddad as the LLC’s agent, to execute "
        "Forms 3, 4 and 5 for the LLC in connection with its interests in Valemont Therapeutics, Inc.\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Crestline Equity Holdings, LLC"]
    assert [a.name for a in record.agents] == ["Maya Ferris", "Omar Haddad"]


def test_a_signer_who_signs_a_second_row_with_a_short_first_name_is_one_grantor(extract):
    text = (
        "Each person whose signature appears below appoints Nora Kent his attorney-in-fact to sign this "
        "Registration Statement on Form S-8.\n"
        "/s/ Jeffrey J. Calloway      Chief Executive Officer\nJeffrey J. Calloway\n"
        "/s/ Jeff J. Calloway      Principal Executive Officer\nJeff J. Calloway\n"
        "/s/ Tom A. Reyes      Director\nTom A. Reyes\n/s/ Thomas B. Reyes      Director\nThomas B. Reyes\n"
    )
    names = [g.name for g in extract(text).grantors]
    assert names == ["Jeffrey J. Calloway", "Tom A. Reyes", "Thomas B. Reyes"]


def test_signature_cells_of_a_conformed_copy_cut_off_before_the_name_cell(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that each of the undersigned directors of Tamarack Mills, Inc. appoints "
        "Paul Hendry his attorney-in-fact to sign the Annual Report on Form 10-K.\n"
        "|\nDated: March 3, 2004\n|\nSignature:\n|\nAlice M. Corrigan\n|\nName:\n|\nAlice M. Corrigan\n|\n"
        "Dated: March 3, 2004\n|\nSignature:\n|\nBrendan O. Walsh\n"
    )
    assert [g.name for g in extract(text).grantors] == ["Alice M. Corrigan", "Brendan O. Walsh"]


def test_a_heading_about_officers_names_no_grantor_and_a_form_heading_no_company(extract):
    text = (
        "Power of Attorney of Certain Officers and Directors\n\nPOWER OF ATTORNEY\nKNOW ALL MEN BY THESE PRESENTS "
        "that the undersigned officer or director of DUNMORE RAIL CORPORATION hereby appoints Lena Ortiz his "
        "attorney-in-fact to sign a Registration Statement on Form S-3.\n"
    )
    assert extract(text).grantors == []
    form = (
        "EXHIBIT 1\nFORM OF\nLIMITED POWER OF ATTORNEY\nThe undersigned hereby appoints Wexford Advisers LLC its "
        "attorney-in-fact to sign Schedules 13D.\n"
    )
    assert extract(form).company is None


def test_signatures_under_a_line_of_witness_labels_are_witnesses(extract):
    text = (
        "I hereby constitute and appoint Dale Porter my attorney-in-fact to sign Forms 3, 4 and 5.\n"
        "/s/ Victor J. Amsel\n\nSigned, acknowledged, and delivered\n"
        "in the presence of:\tWitness:\n\n/s/ Irene C. Tolliver\t/s/ Hugo Brandt\n"
    )
    assert [g.name for g in extract(text).grantors] == ["Victor J. Amsel"]


def test_a_conformed_copy_names_its_signer_below_the_testimonium(extract):
    text = (
        "LIMITED POWER OF ATTORNEY\n\nThe undersigned hereby appoints each of Paula Drury and Ken Ames as his "
        "attorney-in-fact to sign all forms required of him under Section 16 of the Securities Exchange Act of "
        "1934.\n\nIN WITNESS WHEREOF, the undersigned hereunto\nsets his hand this 9th day of May, 2006.\n\n"
        "Gregory T. Valdane\n\nState of Ohio\nCounty of Summit\nSworn before me by Gregory T. Valdane.\n"
        "Martha Quill\n"
    )
    assert [g.name for g in extract(text).grantors] == ["Gregory T. Valdane"]


def test_a_starred_row_whose_office_runs_into_the_name_column(extract):
    text = (
        "Each of the undersigned hereby appoints Ruth Kane his attorney-in-fact to sign this Annual Report on "
        "Form 10-K.\n"
        "            SIGNATURE                   TITLE                    DATE\n"
        "               *                  Chairman, Chief Executive   March 27, 2003\n"
        "-------------------------------    Officer and Director\n"
        "         Helena W. Brisk\n\n"
        "               *                  Director                    March 27, 2003\n"
        "-------------------------------\n"
        "        Arthur N. Pell\n"
    )
    assert [g.name for g in extract(text).grantors] == ["Helena W. Brisk", "Arthur N. Pell"]


def test_an_entity_named_as_the_undersigned_grants(extract):
    text = (
        "KNOW ALL BY THESE PRESENTS, that the undersigned, HARLOW STREET TRUST, a business trust organized under "
        'the laws of the Commonwealth of Massachusetts (the "Trust"), and certain Trustees and officers of the '
        "Trust, do hereby constitute and appoint ELLEN MARSH and PETER QUAID their attorneys to sign the "
        "registration statement of the Trust on Form N-1A.\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["HARLOW STREET TRUST"]
    assert [a.name for a in record.agents] == ["ELLEN MARSH", "PETER QUAID"]


def test_agents_of_two_firms_and_the_company_they_work_for(extract):
    text = (
        "Know all by these presents, that the undersigned hereby constitutes and appoints each of Lara Voss and "
        'Ted Quinn of Brambleworth, Inc. (the "Company")\nand Nina Patel and Omar Reyes of Hale & Pryor LLP with '
        "full power of substitution, the undersigned's true and lawful attorneys-in-fact to execute Forms 3, 4 "
        "and 5.\n/s/ Ruth Adler\n"
    )
    record = extract(text)
    assert [a.name for a in record.agents] == ["Lara Voss", "Ted Quinn", "Nina Patel", "Omar Reyes"]
    assert record.company == "Brambleworth, Inc."
    authorizes = (
        "Know all by these presents, that the undersigned hereby authorizes Ivy Chen and Paul Duarte\nof "
        'Larkspur Labs, Inc., a Delaware corporation (the "Company"), to execute Forms 3, 4 and 5.\n'
        "/s/ Ruth Adler\n"
    )
    assert extract(authorizes).company == "Larkspur Labs, Inc."


def test_agents_listed_on_a_schedule_or_below_the_grant(extract):
    schedule = (
        'POWER OF ATTORNEY\nWith respect to securities issued by Quillon Mobility, Inc. (the "Company"), the '
        "undersigned hereby constitutes and appoints the individuals named on Schedule A attached hereto, or any "
        "of them signing singly, as the undersigned's attorney-in-fact to execute Forms 3, 4 and 5.\n\n"
        "Signature:   /s/ Nadia Brook\nPrint Name:  Nadia Brook\n\nSchedule A\n\n"
        "Individuals Appointed as Attorney-in-Fact\n\nSanjay Rao\n\nLeah Grant\nMiles Ford\n"
    )
    assert [a.name for a in extract(schedule).agents] == ["Sanjay Rao", "Leah Grant", "Miles Ford"]
    below = (
        "Re:\tTerravolt Corporation - Power of Attorney\n\nThis will confirm that I have granted each of the "
        "individuals listed below the authority to execute and file Forms 4 and 5 in connection with "
        "transactions in Terravolt Corporation securities, as my Attorney-In-Fact.\n\n"
        "The individuals who are authorized to act as my Attorney-In-Fact are as follows:\n\n"
        "Grace Liu\nHenry O. Blake\n\nSincerely,\n\n/s/ Owen Marsh\nOwen Marsh\n"
    )
    record = extract(below)
    assert [a.name for a in record.agents] == ["Grace Liu", "Henry O. Blake"]
    assert record.company == "Terravolt Corporation"
    assert [g.name for g in record.grantors] == ["Owen Marsh"]


def test_an_issuer_whose_name_has_an_exclamation_mark(extract):
    text = (
        "The undersigned hereby appoints Kim Hall his attorney-in-fact to execute Forms 3, 4 and 5 with respect "
        "to securities of\nZoomly! Inc., in accordance with Section 16(a).\n/s/ Ron Dale\n"
    )
    assert extract(text).company == "Zoomly! Inc."


def test_a_signature_page_typed_in_two_columns_with_tabs(extract):
    text = (
        "KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below constitutes and "
        "appoints Vera Lind his or her attorney-in-fact to sign any amendments to this Report on Form 10-K.\n\n"
        "/s/ Harold P. Quist\t\t/s/ Marion D. Tell\nHAROLD P. QUIST\t\tMARION D. TELL\n"
        "Chief Executive Officer\t\tChief Financial Officer\n\n"
        "/s/ Edgar S. Brandt, Jr.\t\t/s/ Lois Penn\nEDGAR S. BRANDT, JR.\t\tLOIS PENN\nDirector\t\t\tDirector\n"
    )
    assert [(g.name, g.title) for g in extract(text).grantors] == [
        ("HAROLD P. QUIST", "Chief Executive Officer"),
        ("MARION D. TELL", "Chief Financial Officer"),
        ("EDGAR S. BRANDT, JR.", "Director"),
        ("LOIS PENN", "Director"),
    ]


def test_offices_over_several_lines_in_two_columns_of_signers(extract):
    text = (
        "KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below constitutes and "
        "appoints Vera Lind his or her attorney-in-fact to sign any amendments to this Report on Form 10-K.\n\n"
        "/s/ NOEL B. FARR                      /s/ IRIS K. MADDEN\n"
        "NOEL B. FARR                          IRIS K. MADDEN\n"
        "President and                         Vice President, Finance, and\n"
        "Chief Executive Officer               Corporate Controller\n"
        "December 8, 1994                      December 8, 1994\n\n"
        "/s/ OTTO J. BRANDT\nOTTO J. BRANDT\nDirector\n"
    )
    assert [(g.name, g.title) for g in extract(text).grantors] == [
        ("NOEL B. FARR", "President and Chief Executive Officer"),
        ("IRIS K. MADDEN", "Vice President, Finance, and Corporate Controller"),
        ("OTTO J. BRANDT", "Director"),
    ]


def test_an_entity_name_over_two_lines_above_its_officer(extract):
    text = (
        'The undersigned, as a Section 16 reporting person of Corvane Systems Corporation (the "Company"), hereby '
        "appoints Ella Moss the undersigned's attorney-in-fact to execute Forms 3, 4 and 5.\n\n"
        "IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of May 2, 2011.\n\n"
        "THE DANIEL ORTEGA AND LUCIA MARIN FAMILY\nTRUST DATED MARCH 3, 2004\n\nBy: /s/ Daniel Ortega\n"
        "Print Name: Daniel Ortega\nTitle: Trustee\n"
    )
    names = [g.name for g in extract(text).grantors]
    assert names == ["THE DANIEL ORTEGA AND LUCIA MARIN FAMILY TRUST DATED MARCH 3, 2004"]


def test_issuers_whose_names_begin_with_a_digit(extract):
    for issuer in ("23andMe Holding Co.", "3M Company"):
        text = (
            f"The undersigned hereby appoints Lou Park to execute Forms 3, 4 and 5 with respect to securities of "
            f"{issuer}, in accordance with Section 16(a).\n/s/ Ines Wu\n"
        )
        assert extract(text).company == issuer


def test_a_numbered_annex_of_agents(extract):
    text = (
        "The undersigned hereby constitutes and appoints the individuals named on Annex A attached hereto, or any of "
        "them signing singly, as the undersigned's attorney-in-fact to execute Forms 3, 4 and 5.\n\n"
        "By:  /s/ Reid Carter\nName:  Reid Carter\n\nAnnex A\n\nIndividuals Appointed as Attorney-in-Fact\n\n"
        "1. Kate Morrow\n2. Samir Haddad\n"
    )
    assert [a.name for a in extract(text).agents] == ["Kate Morrow", "Samir Haddad"]


def test_a_company_and_its_officers_grant_together(extract):
    text = (
        "GRANITE LIFE ASSURANCE COMPANY\nPOWER OF ATTORNEY\n\nGranite Life Assurance Company, a Virginia Corporation "
        '(the "Company")\nand its undersigned officers and directors, hereby nominate and appoint Tara E. Quill and '
        "Jon Pratt as his/her true and lawful attorney in fact, to sign all Registration Statements of the Company "
        "on Form N-4.\n"
    )
    record = extract(text)
    assert record.company == "Granite Life Assurance Company"
    assert record.company_state == "Virginia"
    assert [g.name for g in record.grantors] == ["Granite Life Assurance Company"]


def test_a_pension_scheme_named_as_the_undersigned_through_its_trustee(extract):
    text = (
        "KNOW ALL BY THESE PRESENTS that the undersigned, the Harrow & Dene U.K. Pension Scheme (the “Scheme”) by "
        "Harrow Pension Trustees Limited, the trustee of the Scheme, by Ann Lowe, a Director of the trustee, hereby "
        "constitutes and appoints Mark Ellis as its attorney-in-fact to execute Schedules 13G.\n"
    )
    assert [g.name for g in extract(text).grantors] == ["Harrow & Dene U.K. Pension Scheme"]


def test_an_entity_dated_above_its_by_line_and_an_agent_after_a_parenthesis(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that the person whose signature appears below constitutes and appoints (as "
        "of the date set forth opposite his signature below) Colin R. Hart his, her or its true and lawful "
        "attorney-in-fact to sign the Schedule 13E-3.\n|\nCorran Development Inc.\n|\nMay 22, 2003\n|\nBy:\n|\n"
        "/s/ P. LOREN FOR WESTBAY LTD.\n|\nName: Westbay Ltd.\nTitle: Director\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Corran Development Inc."]
    assert [a.name for a in record.agents] == ["Colin R. Hart"]
    sentence = (
        "The undersigned appoints Lea Ward its attorney-in-fact to sign Schedules 13D.\n\n"
        "The attorneys-in-fact may rely on any certificate delivered by Dunmore LLP.\n\nDated: June 2, 2022\n\n"
        "FALCON FAMILY TRUST\nBy:  /s/ Ray Falcon\nName: Ray Falcon\nTitle: Trustee\n"
    )
    assert [g.name for g in extract(sentence).grantors] == ["FALCON FAMILY TRUST"]


def test_a_separate_account_in_a_list_of_registration_statements_is_not_a_signer(extract):
    text = (
        "KNOW ALL PERSONS BY THESE PRESENTS, that the person whose signature appears below hereby appoints ROSS "
        "KEMP as his attorney-in-fact to sign amendments to the Registration Statements listed below.\n\n"
        "             Registrant Name                 File Nos.\n"
        "             ---------------                 ----------------------\n"
        "             SEPARATE ACCOUNT VL-R           333-105762 / 811-09359\n\n"
        "MARTIN PAUL ADLER                       Director             October 21, 2005\n"
        "-----------------------------\nMARTIN PAUL ADLER\n"
    )
    assert [g.name for g in extract(text).grantors] == ["MARTIN PAUL ADLER"]


def test_a_power_for_several_issuers_or_a_fund_family_names_no_company(extract):
    several = (
        "I, the undersigned director of Larch Funds, Inc. and Larch Tax-Exempt Funds, Inc., each a Maryland "
        "corporation, and Larch Funds Trust, a Delaware statutory trust (collectively, the “Companies”), do hereby "
        "appoint Ivy Stone my attorney to sign amendments to the Registration Statement on Form N-1A of the "
        "Companies.\n/s/ Jules Marr\n"
    )
    assert extract(several).company is None
    listed = (
        "The undersigned, a director of each of the companies listed on Exhibit A, hereby appoints Ivy Stone to sign "
        "Forms 3, 4 and 5 with respect to securities of Marlow Holdings, Inc. and its affiliates.\n/s/ Jules Marr\n"
    )
    assert extract(listed).company is None
    trusts = (
        'The Ann Lee 2004 Trust and the Bob Lee 2006 Trust (the "Trusts") hereby appoint Carl Moss as attorney-in-fact '
        "to execute Forms 3, 4 and 5 with respect to securities of Orbital Widgets, Inc.\n/s/ Ann Lee\n"
    )
    assert extract(trusts).company == "Orbital Widgets, Inc."  # trusts that appoint are grantors, not issuers
    family = (
        "The undersigned, a trustee of each fund in the Hartwell Investments Family of Funds, hereby appoints Ivy "
        "Stone to sign the Registration Statements on Form N-1A.\n/s/ Jules Marr\n"
    )
    assert extract(family).company is None


def test_the_notary_signs_under_the_acknowledgment_and_names_a_grantor_who_did_not_sign(extract):
    signed = (
        "The undersigned hereby appoints Paul Wren as attorney-in-fact to sign Schedules 13D.\nIN WITNESS WHEREOF, "
        "the undersigned has executed this power as of August 12, 2008.\n|\n/s/Martin Lowe\n|\nMartin Lowe\n|\n"
        "State of Washington\n|\n) ss\n|\nCounty of King\n|\nI certify that I know or have satisfactory evidence "
        "that Martin Lowe is the person who appeared before me.\nDated: August 12, 2008\n|\n/s/Carla Byers\n|\n"
        "Carla Byers\n"
    )
    assert [g.name for g in extract(signed).grantors] == ["Martin Lowe"]
    conformed = (
        "The undersigned hereby appoints Paul Wren as attorney-in-fact to sign Forms 3, 4 and 5.\n\nState of New "
        "York )\nCounty of New York )\n\n     On this 5th day of March, 1999, before me appeared Dana\nR. Holt, to "
        "me known to be the person who executed the foregoing instrument.\n\n(SEAL)\n               Notary Public\n"
    )
    assert [g.name for g in extract(conformed).grantors] == ["Dana R. Holt"]


def test_an_entity_that_grants_power_of_attorney_and_signs_through_officers(extract):
    text = (
        "POWER OF ATTORNEY\n\nLindqvist A/S, a Denmark corporation, hereby grants Power of Attorney to Henrik "
        "Aaberg, and appoints him as attorney-in-fact, to execute Forms 3, 4 and 5 and Schedules 13G.\n\n"
        "Hellerup, 1 September 2016\n\nLindqvist A/S\n\n\n/s/ Mette Holm\nChairman of the Board of Directors\n"
        "Lindqvist A/S\n\n/s/ Jens Berg\nChief Executive Officer\nLindqvist A/S\n"
    )
    record = extract(text)
    assert [a.name for a in record.agents] == ["Henrik Aaberg"]
    assert [g.name for g in record.grantors] == ["Lindqvist A/S"]
    jointly = (
        "POWER OF ATTORNEY\nWe, the undersigned, under the authority granted to each of us to sign jointly on behalf "
        "of Brenner AG, hereby grant powers to Lena Vogt, Tobias Graf and Eva Roth, and constitute and appoint each "
        "of them our true and lawful attorneys to sign Schedules 13D.\n\nBrenner AG\n\n/s/ K. Maier\n"
        "Name: Klaus Maier\nTitle: Authorized Signatory\n\n/s/ P. Scholz\nName: Petra Scholz\n"
        "Title: Authorized Signatory\n"
    )
    record = extract(jointly)
    assert [a.name for a in record.agents] == ["Lena Vogt", "Tobias Graf", "Eva Roth"]
    assert [g.name for g in record.grantors] == ["Brenner AG"]


def test_a_relative_appointed_and_a_grantor_named_without_does(extract):
    text = (
        "Know all men by these presents, that I, Warren Hale Brooks, of 12 Lake Road, Chicago, Illinois, hereby make, "
        "constitute and appoint my sister, Nora Blake, of P.O. Box 64, Fargo, North Dakota, my true and lawful "
        "attorney in fact.\n/s/ Warren Hale Brooks\n"
    )
    assert [a.name for a in extract(text).agents] == ["Nora Blake"]
    subject = (
        "Know all by these presents, that Pia Lund hereby constitutes and appoints Carl Moe and Pia Lund, or any of "
        "them acting singly, Pia Lund's true and lawful attorney in fact to execute Forms 3, 4 and 5.\n"
    )
    assert [g.name for g in extract(subject).grantors] == ["Pia Lund"]


def test_the_notary_of_an_acknowledgment_and_one_grantor_named_twice(extract):
    text = (
        "Power of Attorney\nI, Walter Haddix, of Atlanta, GA, hereby constitute and appoint Kim Tharp as my attorney "
        "to sign Forms 3, 4 and 5 under Section 16 of the Securities Act of 1934.\nIN WITNESS WHEREOF, I have set my "
        "hand this 26th day of September, 2002\n|\n/s/ Walter C. Haddix\n|\nWalter Haddix\n|\nSTATE OF GA\n|\n"
        "I, Helen B. Biggs, a Notary Public in and for the foregoing State and County, do certify that the foregoing "
        "Power of Attorney was this day acknowledged before me by Walter Haddix.\n|\nNotary Public:\n|\n"
        "Helen B. Biggs\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Walter C. Haddix"]
    assert record.statutes == ["Securities Exchange Act of 1934"]


def test_an_agent_with_glued_initials_and_a_suffix_and_an_issuer_of_capacities_with(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that each of the undersigned hereby constitutes and appoints Ira M. Dent, "
        "and C.H. Lowry, Jr. (with full power to each of them to act alone), his true and lawful attorney-in-fact "
        "in any and all of his offices and capacities with Halvern Semiconductor Corporation, to sign the "
        "Registration Statement.\n/s/ Ada Quist\n"
    )
    record = extract(text)
    assert [a.name for a in record.agents] == ["Ira M. Dent", "C.H. Lowry, Jr."]
    assert record.company == "Halvern Semiconductor Corporation"


def test_an_office_that_ends_on_a_connector_goes_on_at_the_next_line(extract):
    text = (
        "Each of the undersigned hereby appoints Ruth Kane his attorney-in-fact to sign this Annual Report on "
        "Form 10-K.\nDUNMORE POWER COMPANY\n|\nBy /s/Rona L. Bates\nRona L. Bates\nPresident and\n"
        "Chief Executive Officer\n\n/s/ Cyril Dane\n|\nCyril Dane, Chairman and\n|\n"
        "Chief Financial Officer and Director\n"
    )
    titles = {g.name: g.title for g in extract(text).grantors}
    assert titles["Cyril Dane"] == "Chairman and Chief Financial Officer and Director"


def test_a_grantor_above_a_notary_certificate_and_a_letter_signed_with_a_typed_name(extract):
    notarized = (
        "The undersigned hereby appoints Tom Hale and Mia Berg his attorneys-in-fact to sign the Annual Report on "
        "Form 10-K.\nIN WITNESS WHEREOF, Samuel Quill, has hereunto set his hand this 23rd day of February, 2009.\n"
        "|\n| /s/ Samuel Quill\n|\n|Samuel Quill\n|\nI, Sharon D. Smiley, a Notary Public in and for said County, do "
        "hereby certify that Samuel Quill appeared before me this day in person.\n"
    )
    assert [g.name for g in extract(notarized).grantors] == ["Samuel Quill"]
    letter = (
        "Jacques Tarrant\nLilly Corporate Center\n\nAuthorization Regarding Reporting Forms\n\n"
        "I hereby authorize and designate the following persons to sign and file with the Commission on my behalf "
        "Forms 3, 4, and 5 covering my transactions in the common stock of Quarry Pharma Company as required by "
        "Section 16 of the Securities Exchange Act of 1934 and the rules thereunder:\n\n"
        "\tRoberta A. Armand, Quarry Center, Indianapolis, Indiana\n\tJames B. Loot, Quarry Center, Indianapolis\n\n"
        "This authorization shall remain in effect until revoked.\n\n\t\t\t\t\tJacques Tarrant\nJanuary 8, 2010\n"
    )
    record = extract(letter)
    assert [a.name for a in record.agents] == ["Roberta A. Armand", "James B. Loot"]
    assert [g.name for g in record.grantors] == ["Jacques Tarrant"]


def test_a_printed_name_spelled_out_under_a_signature_with_initials_or_a_slip(extract):
    text = (
        "Each of the undersigned hereby appoints Rosa Linde his attorney-in-fact to sign Forms 3, 4 and 5.\n"
        "/s/ Laurue J. Olsen\nLaurie J. Olsen\n\n/s/ W. U. Parrish\nWilliam U. Parrish\n"
    )
    assert [g.name for g in extract(text).grantors] == ["Laurie J. Olsen", "William U. Parrish"]


def test_an_estate_grants_through_its_executor_and_an_issuer_to_enable(extract):
    estate = (
        'POWER OF ATTORNEY\n\nJim C. Walden as executor of the Estate of Helen R. Walden (the "Estate")\ndesignates '
        "Jeffrey J. Gear and Sam A. Guest as the Estate's true and lawful attorney-in-fact to execute Forms 3, 4 and "
        "5 with respect to securities of Wexley Stores, Inc.\n/s/ Jim C. Walden\n"
    )
    assert [g.name for g in extract(estate).grantors] == ["Estate of Helen R. Walden"]
    enable = (
        "KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints "
        "Marty Adams his attorney-in-fact to execute any instruments which said attorney-in-fact may deem necessary "
        "in order to enable Skyline Financial Group, Inc. to comply with the Securities Act of 1933.\n/s/ Ann Ford\n"
    )
    assert extract(enable).company == "Skyline Financial Group, Inc."


def test_agents_with_offices_between_their_names_and_an_issuer_with_its_article(extract):
    text = (
        'KNOW ALL MEN BY THESE PRESENTS, that the undersigned directors of THE HARMON CO. (the "Company") hereby '
        "constitute and appoint Nina D. Lautner, Executive Vice President and General Counsel,\nWill J. Wheaton, "
        "Executive Vice President and Chief Financial Officer, and\nStella J. Gould, Senior Vice President and "
        "Treasurer, or any of them, as their attorney-in-fact to sign Schedules 13D.\n/s/ Ada Quist\n"
    )
    record = extract(text)
    assert [a.name for a in record.agents] == ["Nina D. Lautner", "Will J. Wheaton", "Stella J. Gould"]
    assert record.company == "THE HARMON CO."
    letter = "I hereby authorize Pia Moss to sign Forms 3, 4 and 5 for me.\n\n\t\t\tJules Tarrant\nJanuary 8, 2010\n"
    record = extract(letter)
    assert [g.name for g in record.grantors] == ["Jules Tarrant"]
    assert record.execution_date == dt.date(2010, 1, 8)


def test_a_printed_name_between_signed_rows_has_not_signed_yet_but_grants(extract):
    text = (
        "Each of the undersigned hereby appoints Mara Grasso his attorney-in-fact to sign the Registration "
        "Statement on Form S-8.\n|\n/s/ James D. Benning\n|\nJames D. Benning\n|\n|\nDonna M. O’Brady\n|\n"
        "/s/ Steven J. Dorio\n|\nSteven J. Dorio\n"
    )
    names = [g.name for g in extract(text).grantors]
    assert names == ["James D. Benning", "Donna M. O'Brady", "Steven J. Dorio"]


def test_a_deed_under_a_company_seal_and_agents_listed_after_each_of(extract):
    text = (
        "THIS POWER OF ATTORNEY is granted on 7th day of December 2007 by HARTLEY BRANDS GROUP PLC (a company "
        "registered in England and Wales) (the “Principal”).\nThe Principal hereby appoints each of:\n"
        "WILLIAM R. MORTON of 399 Interpace Parkway,\nParsippany, NJ,\nUSA; and\nANDREW BALFOUR of 10 Bath Road, "
        "Slough\nto be its true and lawful attorney.\nIN WITNESS WHEREOF this power of attorney has been executed "
        "as a deed\nTHE COMMON\nSEAL OF HARTLEY BRANDS GROUP PLC\nWas hereunto\naffixed in the presence of:\n"
        "Director\n/s/\nColin Dey\nSecretary\n/s/\nEllen Rich\n"
    )
    record = extract(text)
    assert [a.name for a in record.agents] == ["WILLIAM R. MORTON", "ANDREW BALFOUR"]
    assert [g.name for g in record.grantors] == ["HARTLEY BRANDS GROUP PLC"]


def test_a_statutory_form_names_its_principal_and_attorneys_in_labelled_cells(extract):
    text = (
        "STATUTORY SHORT FORM POWER OF ATTORNEY\n\n"
        "         PRINCIPAL:           James H. Mikkel\n"
        "                              142 N. River Boulevard\n\n"
        "         ATTORNEY(S)-IN-FACT: Jeffrey J. Mikkel     Burton G. Rossi\n"
        "                              5745 Seven Oaks Court  Rossi Law, Ltd.\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["James H. Mikkel"]
    assert [a.name for a in record.agents] == ["Jeffrey J. Mikkel", "Burton G. Rossi"]


def test_a_name_broken_over_a_wrapped_signature_row(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that each individual whose signature appears below constitutes and appoints "
        "Ralph Tamm his attorney-in-fact to sign this registration statement.\nSIGNATURE TITLE DATE /s/ NOEL E. GANT "
        "Chief Executive Officer August 31, 2000 Noel E. Gant /s/ CARL S.\nLEDGER Director August 31, 2000 Carl S. "
        "Ledger /s/ DAVID B.\nLEVIN Director August 31, 2000 David B. Levin\n"
    )
    names = [g.name.upper() for g in extract(text).grantors]
    assert names == ["NOEL E. GANT", "CARL S. LEDGER", "DAVID B. LEVIN"]


def test_an_entity_and_its_officers_grant_and_agents_named_in_a_labelled_line(extract):
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that each of Harbor Bank Corporation (the “Corporation”), and the undersigned "
        "Officers and Directors of the Corporation whose signatures appear below, hereby makes, constitutes and "
        "appoints Tim J. Mayo and Alice Herrold its true and lawful attorneys to sign a Registration Statement on "
        "Form S-3.\n"
    )
    assert [g.name for g in extract(text).grantors] == ["Harbor Bank Corporation"]
    labelled = (
        'The undersigned, Capitol Mall Business Trust, a Maryland real estate investment trust (the "Trust"), does '
        "hereby make, constitute and appoint each of the following persons as the Trust's true and lawful agent.\n\n"
        "           Name of Attorney(s): Mark Kaplan and Kevin Kors\n\nTo execute any Schedule 13D.\n"
    )
    assert [a.name for a in extract(labelled).agents] == ["Mark Kaplan", "Kevin Kors"]


def test_an_attorney_in_fact_named_two_lines_below_his_signature_grants_nothing(extract):
    text = (
        "Each person whose signature appears below appoints Mark H. Nadel his attorney-in-fact to sign this "
        "Registration Statement on Form S-3.\n/s/ Ruth Olsen          Director\n\n*By:/s/ Mark H. Nadel\n"
        "    Mark H. Nadel,\n    attorney-in-fact\n"
    )
    assert [g.name for g in extract(text).grantors] == ["Ruth Olsen"]


def test_a_trustee_who_grants_individually_and_for_the_trust(extract):
    both = (
        "I, John R. Dole, individually and as trustee of the Dole Family Trust, hereby appoint Carl Moss as "
        "attorney-in-fact to execute Forms 3, 4 and 5 with respect to securities of Orbital Widgets, Inc.\n"
        "/s/ John R. Dole\n"
    )
    assert [g.name for g in extract(both).grantors] == ["John R. Dole", "Dole Family Trust"]
    trust_only = both.replace("I, John R. Dole, individually and as", "John R. Dole, as").replace(
        "hereby appoint", "hereby appoints"
    )
    assert [g.name for g in extract(trust_only).grantors] == ["Dole Family Trust"]


def test_names_broken_over_a_line_end_are_read_whole(extract):
    """Prose wrapped at another width: the agent, the 'I, Name' grantor and the 'made ... by NAME' grantor
    each run over a line end."""
    agent = (
        "The\nundersigned does hereby constitute and appoint C. Jerome\nDill and his assigns as the true and "
        "lawful attorney-in-fact of the undersigned to file Forms 3, 4 and 5.\n"
    )
    assert [a.name for a in extract(agent).agents] == ["C. Jerome Dill"]
    opening = (
        "BY THIS POWER OF ATTORNEY dated 2nd May 2018 I, Sir Alan\nWhitlock of Harbour House, Leeds, being a "
        "director of Fenwick Optics plc, hereby appoint Nina Shah as my attorney to sign a registration "
        "statement on Form F-3.\n"
    )
    assert [g.name for g in extract(opening).grantors] == ["Alan Whitlock"]
    made_by = (
        "THIS POWER OF ATTORNEY is made on 4 March, 2015 by GRAHAM\nPELL (the “Administrator”) of Pell & Co, "
        "who hereby appoints ROSE KEMP as his attorney.\n"
    )
    assert [(g.name, g.title) for g in extract(made_by).grantors] == [("GRAHAM PELL", "Administrator")]


def test_unsigned_signature_table_with_the_office_beside_the_line(extract):
    """A 'Signature / Title' table printed before signing: the office stands beside the blank line and runs on
    down its column beside the printed name."""
    text = (
        "KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints "
        "Dana Whitfield and Oscar Lind, and each of them, his or her attorney-in-fact to sign a Registration "
        "Statement on Form S-8.\n\n"
        "Signature                              Title\n\n"
        "___________________________________    President, Chief Executive\n"
        "Maria T. Ostrowski                     Officer and Director\n"
        "                                       (Principal Executive Officer)\n\n"
        "___________________________________    Director\n"
        "Gilbert Lane\n\n"
        "___________________________________    Director\n"
        "Howard P. Quint\n"
    )
    assert [(g.name, g.title) for g in extract(text).grantors] == [
        ("Maria T. Ostrowski", "President, Chief Executive Officer and Director (Principal Executive Officer)"),
        ("Gilbert Lane", "Director"),
        ("Howard P. Quint", "Director"),
    ]


def test_a_wrapped_agent_line_is_not_a_signature_row(extract):
    """'... and/or Lucy' / 'A. Ross, Executive Vice President ...' reads like a 'Name, Office' row of a signature
    table, but it goes on a sentence from the line above."""
    text = (
        "Dear Sir/Madam:\n\n     I hereby authorize Daniel K. Moss, Senior Vice President and/or Lucy\n"
        "A. Ross, Executive Vice President/Chief Financial\nOfficer to sign and file Forms 4 and 5 with the "
        "Securities and Exchange Commission on my behalf.\n\n        Very truly yours,\n\n"
        "        /s/ Harold E. Tanner\n\n        Harold E. Tanner\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Harold E. Tanner"]
    assert [a.name for a in record.agents] == ["Daniel K. Moss", "Lucy A. Ross"]


def test_a_signer_above_the_notarys_certificate_still_grants(extract):
    """'I, Name, a Notary Public ...' opening the line under the printed name is the certificate, not a
    'Notary Public' label under the signature."""
    text = (
        "The undersigned hereby appoints Ruth Abel his attorney-in-fact to sign the Annual Report on Form 10- K.\n"
        "/s/ Samuel Orr\nSamuel Orr\n"
        "I, Dana Feld, a Notary Public in and for said County\nin the State aforesaid, do hereby certify that "
        "Samuel Orr appeared before me.\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Samuel Orr"]
    assert record.forms == ["10-K"]  # 'Form 10- K': a code broken and rejoined with a space


def test_an_issuer_named_with_a_series_designator(extract):
    """Blank-check companies come in series: 'Partners Y', 'Corp. IV', 'Holdings IX' are part of the name."""
    text = (
        "KNOW ALL BY THESE PRESENTS, that the undersigned hereby appoints Nora Vance his attorney-in-fact to "
        "execute a Form 3, Form 4 or Form 5 relating to the securities of {}, in accordance with Section 16(a) "
        "of the Securities Exchange Act of 1934.\n"
    )
    for name in ("Lumen Ventures Partners Y", "Halcyon Acquisition Holdings Corp. IV", "Orchid Capital Corp IX"):
        assert extract(text.format(name)).company == name


def test_an_unsigned_director_in_a_flattened_two_column_row(extract):
    """An HTML table flattened cell by cell: one signature, then both printed names; the one who did not sign
    there still grants (his signature line is blank)."""
    text = (
        "The undersigned Directors of Wexford Income Fund Inc. hereby authorize Paula Grant as attorney-in-fact "
        "to sign any Registration Statement of the Fund.\n"
        "IN WITNESS WHEREOF, the undersigned have executed this Power of Attorney as of the 2nd day of May 2011.\n"
        "|\n/s/ Oren Blake\n|Curtis Hale, Director\n|Oren Blake, Director\n|\n/s/ Irene Soto\n|Irene Soto, Director\n"
    )
    assert [(g.name, g.title) for g in extract(text).grantors] == [
        ("Oren Blake", "Director"),  # in order of appearance: his signature stands above both names
        ("Curtis Hale", "Director"),
        ("Irene Soto", "Director"),
    ]


def test_names_typed_on_the_signing_line_and_run_together_below(extract):
    """'/s/_E._Linn_Draper,_Jr._____' typed onto the line; two signatures on one line with their printed names run
    together on the next ('Thomas P. Bostick Robert A. Lawrence')."""
    on_line = (
        "The undersigned directors hereby appoint Bruce M. Barber their attorney to sign the Registration "
        "Statement on Form S-3.\n\n/s/_E._Linn_Draper,_Jr._______     /s/_G._P._Maloney_____________\n"
    )
    assert [g.name for g in extract(on_line).grantors] == ["E. Linn Draper, Jr.", "G. P. Maloney"]
    run_together = (
        "We, the undersigned Trustees, hereby appoint Megan Cole our attorney-in-fact to sign the Registration "
        "Statement of the Trust on Form N-1A.\n\n/s/ Thomas P. Bostick /s/ Robert A. Lawrence\n"
        "Thomas P. Bostick Robert A. Lawrence\n"
    )
    assert [g.name for g in extract(run_together).grantors] == ["Thomas P. Bostick", "Robert A. Lawrence"]


def test_the_agents_employer_and_a_numbered_registration_statement(extract):
    """'so long as Stephanie Brown shall continue to be an officer of X': X employs the agent. 'the Registration
    Statement on Form N-2 (Registration No. 333-163279) of Y': Y is the issuer."""
    employer = (
        "I, the undersigned Trustee of the Harbor Lane Street Trust (the Trust) hereby appoint Stephanie J. Brown my "
        "attorney-in-fact to sign the Registration Statement of the Trust on Form N-14.\nThis power shall remain in "
        "effect only for such time that Stephanie J. Brown shall continue to be an officer of Keel Research "
        "Company LLC.\n/s/ Abigail Moore\n"
    )
    assert extract(employer).company == "Harbor Lane Street Trust"
    numbered = (
        "This Power of Attorney is executed in connection with the Registration Statement on Form N-2 "
        "(Registration No. 333-163279) of Birch Capital BDC LLC, a Delaware limited liability company.\n"
        "The undersigned hereby appoints Dana Roe his attorney-in-fact to sign any amendment thereto.\n"
    )
    record = extract(numbered)
    assert (record.company, record.company_state) == ("Birch Capital BDC LLC", "Delaware")


def test_an_officer_signing_for_an_entity_is_not_a_grantor_when_printed_again_below(extract):
    """The entity's officer signs, then her name is printed in a 'Name:' cell of its own line (an HTML table)."""
    text = (
        "KNOW ALL PERSONS BY THESE PRESENTS that ALDER PEAK FUND V, L.P. does hereby appoint Ruth Calloway its "
        "attorney to execute any filings under the Securities Exchange Act of 1934.\n\n"
        "ALDER PEAK FUND V, L.P.\nBy: Alder Peak Advisors V, LTD., its General Partner\n\n"
        "By: /s/ Christine Vale\n------------------------------------\n\n|Name:\n|Christine Vale\n\n"
        "Title: Vice President\n"
    )
    assert [g.name for g in extract(text).grantors] == ["ALDER PEAK FUND V, L.P."]


def test_signature_pages_and_lists_in_capitals(extract):
    """Names printed in capitals: 'By: /s/ NAME' side by side in two columns (a printed name is not an entity
    signing through the next 'By:'), and an agent list that goes on after a firm's description."""
    page = (
        "KNOW ALL BY THESE PRESENTS, that the undersigned constitutes and appoints PAULA J. STONE his "
        "attorney-in-fact to sign the Annual Report on Form 10-K.\n\n"
        "By:  /s/ LEONARD L. BERRY                 By:  /s/ CORNELIUS MCGILL, III\n"
        "---------------------------------            -----------------------------------\n"
        "            LEONARD L. BERRY                       CORNELIUS MCGILL, III\n\n\n"
        "By:  /s/ ODIE C. DONALD                    By:  /s/ CLARENCE OTIS, JR.\n"
        "---------------------------------            -----------------------------------\n"
        "         ODIE C. DONALD                             CLARENCE OTIS, JR.\n"
    )
    assert [g.name for g in extract(page).grantors] == [
        "LEONARD L. BERRY",
        "CORNELIUS MCGILL, III",
        "ODIE C. DONALD",
        "CLARENCE OTIS, JR.",
    ]
    agents = (
        "that the undersigned hereby constitutes and appoints each of JULIA HART and RANDY BEAL of Pinecone Labs, "
        'Inc. (the "Company") and AN-YEN HU of Goodwin Procter LLP, signing individually, and each of them '
        "singly, the undersigned's true and lawful attorney-in-fact to execute Forms 3, 4 and 5.\n"
    )
    assert [a.name for a in extract(agents).agents] == ["JULIA HART", "RANDY BEAL", "AN-YEN HU"]


def test_a_letter_signed_with_a_typed_name_and_a_day_first_date(extract):
    text = (
        "I hereby authorize Robert A. Arm, Lilly Corporate Center, Indianapolis, Indiana, to sign and file Forms "
        "3, 4 and 5 on my behalf.\n\nThis authorization shall remain in effect until a written revocation is "
        "signed by me.\n\n\n\t\t\t\t\tJacques Tapiero\n8 January 2010"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Jacques Tapiero"]
    assert record.execution_date == dt.date(2010, 1, 8)


def test_an_html_signature_table_read_one_cell_to_a_line(tmp_path):
    """A filer's HTML table: the blank signing line and the office in one row's cells, the printed name in a
    paragraph under it; and an entity's officer whose 'Title:' and its value stand in cells of their own."""
    from pipeline import extract_file

    rows = "".join(
        f"<table><tr><td>______________________</td><td>{office}</td></tr></table><p>{name}</p>\n"
        for name, office in (("Maria T. Ostrowski", "President"), ("Gilbert Lane", "Director"))
    )
    page = tmp_path / "ex24.htm"
    page.write_text(
        "<html><body><p>KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below appoints "
        "Dana Whitfield his attorney-in-fact to sign a Registration Statement on Form S-8.</p>\n"
        f"<table><tr><td>Signature</td><td>Title</td></tr></table>\n{rows}</body></html>",
        encoding="utf-8",
    )
    assert [(g.name, g.title) for g in extract_file(page).grantors] == [
        ("Maria T. Ostrowski", "President"),
        ("Gilbert Lane", "Director"),
    ]
    entity = tmp_path / "entity.htm"
    entity.write_text(
        "<html><body><p>KNOW ALL MEN BY THESE PRESENTS, that VELLORA GROUP S.A. appoints Ernest Rubin its "
        "attorney-in-fact to sign any Schedule 13D under the Securities Exchange Act of 1934.</p>\n"
        "<p>VELLORA GROUP S.A.<br>/s/ Giovanni Amato<br>Name: Giovanni Amato</p>\n"
        "<table><tr><td>Title:</td><td>Chairman</td></tr></table><p>Date: December 15, 1995</p></body></html>",
        encoding="utf-8",
    )
    assert [g.name for g in extract_file(entity).grantors] == ["VELLORA GROUP S.A."]
    two_columns = tmp_path / "two.htm"
    line = "<td>------------------------</td>"
    two_columns.write_text(
        "<html><body><p>The undersigned directors hereby appoint Ray Hill their attorney to sign the Annual Report "
        f"on Form 10-K.</p>\n<table><tr>{line}{line}</tr><tr><td>Paul Champagne</td><td>Richard F. Owen</td></tr>"
        f"<tr>{line}{line}</tr><tr><td>Maurice E. Fletcher</td><td>Robert A. Symons</td></tr></table></body></html>",
        encoding="utf-8",
    )
    assert [g.name for g in extract_file(two_columns).grantors] == [
        "Paul Champagne",
        "Richard F. Owen",
        "Maurice E. Fletcher",
        "Robert A. Symons",
    ]


def test_agents_by_grant_and_by_office_and_a_dated_list_below(extract):
    """'appoints and grants full authority to A, B and C'; 'I have granted to A and B a limited power'; an agent's
    description ('a director and Chairman of the Audit and Examination Committee') is not a name; 'the date set
    forth below' is not a list of agents."""
    granted = (
        "NOW, THEREFORE, each of the directors of Norhaven Financial Corp. whose signature appears below hereby "
        "appoints and grants full authority to Kenneth T. Kohl, Marcus O. Fenn and David G. Sloan, and each of "
        "them severally, as his or her attorney-in-fact to sign the 10-K.\n"
    )
    assert [a.name for a in extract(granted).agents] == ["Kenneth T. Kohl", "Marcus O. Fenn", "David G. Sloan"]
    letter = (
        "Know all persons by these presents, that I have granted to\nPamela S. Kroll and Stephen Kovac, a limited, "
        "revocable power of attorney for the sole purpose of filing any Form 3, Form 4 or Form 5 in connection "
        "with my association with Orison Medical, Inc.\n\n/s/ Denis M. Gallo\n"
    )
    record = extract(letter)
    assert [a.name for a in record.agents] == ["Pamela S. Kroll", "Stephen Kovac"]
    assert record.company == "Orison Medical, Inc."
    described = (
        "the undersigned director of HARLOW & COMPANY, a Delaware corporation, does hereby appoint PHILIP J. QUINN, "
        "a director and Chairman of the Audit and\nExamination Committee of the Board of Directors, and CYNTHIA H. "
        "MILLS, a director and member of the Audit and Examination Committee of the Board of Directors, and each or "
        "either of them, the undersigned's true and lawful attorneys-in-fact.\n"
    )
    assert [a.name for a in extract(described).agents] == ["PHILIP J. QUINN", "CYNTHIA H. MILLS"]
    by_office = (
        "the undersigned hereby appoints the President of the Trust and the Secretary of the Trust his attorneys-"
        "in-fact to sign any Registration Statement on Form N-1A.\nIN WITNESS WHEREOF, the undersigned has "
        "hereunto set her hand as of the date set forth below.\n|Signature\n|Title\n|\n/s/ Cheryl D. Ashton\n"
        "Cheryl D. Ashton\n|Trustee\n|August 30, 2022\n"
    )
    record = extract(by_office)
    assert record.agents == []
    assert [(g.name, g.title) for g in record.grantors] == [("Cheryl D. Ashton", "Trustee")]


def test_issuers_named_after_an_office_a_report_or_a_description(extract):
    """'Director or Officer or both, as the case may be, of X'; 'the Annual Report on Form 10-K for the fiscal year
    ended June 30, 2002 of The X Companies Inc.'; 'KeyCorp, an Ohio corporation' (no suffix, but described)."""
    both = (
        "The undersigned hereby appoints Eugene R. Mack his attorney-in-fact and agent for and on behalf of the "
        "undersigned, and in the undersigned's name, place and stead, in the undersigned's capacity as a "
        'Director or Officer or both, as the case may be, of Orange Valley Utilities, Inc. ("Orange Valley") to '
        "sign one or more Registration Statements under the Securities Act of 1933.\n"
    )
    assert extract(both).company == "Orange Valley Utilities, Inc."
    report = (
        "each person whose signature appears below appoints Leonard Lane his attorney-in-fact to sign the Annual "
        "Report on Form 10-K for the fiscal year ended June\n30, 2002 of The Estelle Larkin Companies Inc. and any "
        "amendments thereto.\n"
    )
    assert extract(report).company == "The Estelle Larkin Companies Inc."
    described = (
        "The undersigned, an officer or director of KeyRidge, an Ohio corporation, hereby appoints K. Brent Sommer "
        "as attorney for the undersigned to sign registration statements on Form S-3.\n"
    )
    record = extract(described)
    assert (record.company, record.company_state) == ("KeyRidge", "Ohio")


def test_an_entity_granting_by_its_defined_term_and_a_cut_off_second_power(extract):
    """'THAT the undersigned Williams does hereby constitute and appoint ...' grants for the company it defines;
    a conformed signature printed twice under the first of two testimonia, the second cut off."""
    entity = (
        "each of the undersigned individuals, directors of THE WILLOW COMPANIES, INC., a Delaware corporation "
        '("Willow"), does hereby constitute and appoint JAMES J. BEND their true and lawful attorney; and\n\n'
        "THAT the undersigned Willow does hereby constitute and appoint JAMES J. BEND its true and lawful attorney "
        "to sign said Form 10-K.\n"
    )
    assert [g.name for g in extract(entity).grantors] == ["THE WILLOW COMPANIES, INC."]
    two = (
        "The undersigned hereby constitutes and appoints Eugene R. Mack his attorney-in-fact to sign a "
        "Registration Statement on Form S-3.\n\nIN WITNESS WHEREOF, the undersigned has executed this instrument "
        "this 16th day\nof July 2003.\n\n\n                    Eugene R. Mack\n                    Eugene R. Mack\n\n"
        "<PAGE>\n\nPOWER OF ATTORNEY\n\nThe undersigned hereby constitutes and appoints Eugene R. Mack his "
        "attorney-in-fact.\n\nIN WITNESS WHEREOF, the undersigned has executed this instrument this 16th day\nof "
        "July 2003.\n\n\n"
    )
    assert [g.name for g in extract(two).grantors] == ["Eugene R. Mack"]


def test_a_partnership_signing_through_its_general_partner(extract):
    """'The undersigned, Abbot Family Partnership, L.P., does hereby ...' is the partnership, not a person named
    'Abbot Family Partnership'; it signs through 'By: FGH Inc., General Partner' and an officer below, with the date
    printed in the cell beside its name."""
    text = (
        "         The undersigned, Abbot Family Partnership, L.P., does hereby\nconstitute and appoint Elena B. "
        "Wood of Harris County, Texas, as attorney-in-fact for the undersigned to file Schedule 13G.\n\n\n"
        "February 8, 2001                            ABBOT FAMILY PARTNERSHIP, L.P.\n\n"
        "                                            By: FGH INC., General Partner\n\n"
        "                                                /s/   CHARLES R. GRANT\n"
        "                                                      Charles R. Grant,\n"
        "                                                      Chairman of the Board\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["ABBOT FAMILY PARTNERSHIP, L.P."]
    assert record.company is None


def test_a_signature_on_its_own_line_with_the_name_printed_twice_below(extract):
    text = (
        "The undersigned hereby appoints Dennis K. Moore his attorney-in-fact to execute Forms 3, 4 and 5 "
        "relating to securities of The Hollis Company.\nDated:\nJuly 6,\n2005\n/s/\nJulie H. Edson\nJulie\nEdson"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Julie H. Edson"]
    assert record.company == "The Hollis Company"  # 'securities of The ...', not 'of the Company'


def test_the_issuer_as_the_filer_or_the_subject_of_the_report(extract):
    """'a registration statement on Form S-4 to be filed by X', 'for filing with the Securities and Exchange
    Commission by X', 'Annual Reports on Form 10-K ... regarding X'."""
    for text in (
        "Each person whose signature appears below appoints John Van Dyke his attorney-in-fact to sign a "
        "registration statement on Form S-4 to be filed by Pacific Harbor Corporation, a Washington corporation "
        '("Pacific").',
        "Each person whose signature appears below appoints John Van Dyke his attorney-in-fact to sign the Annual "
        "Report on Form 10-K, for filing\nwith the Securities and Exchange Commission by Pacific Harbor Corporation, "
        "a Washington corporation, together with any amendments.",
        "Each person whose signature appears below appoints John Van Dyke his attorney-in-fact to sign Annual Reports "
        "on Form 10-K and to file the same regarding Pacific Harbor Corporation, a Washington corporation, with the "
        "Securities and Exchange Commission.",
    ):
        record = extract(text)
        assert (record.company, record.company_state) == ("Pacific Harbor Corporation", "Washington")


def test_the_issuer_named_only_where_a_revocation_is_delivered(extract):
    text = (
        "I hereby appoint Anthony M. Cole and Laurie D. Mead my attorneys-in-fact to file Form 3s, Form 4s and Form 5s "
        "pursuant to Section 16 of the Securities Exchange Act of 1934. This appointment shall be effective until "
        "revoked by writing delivered to the General Counsel of Harlan Entertainment, Inc.\n/s/ Jeffrey Bell\n"
    )
    assert extract(text).company == "Harlan Entertainment, Inc."


def test_offices_of_a_table_read_one_cell_to_a_line_and_stated_for_all_signers(extract):
    rows = """POWER OF ATTORNEY
KNOW ALL BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints Hana Ruiz and
Owen Kettering, and each of them, his or her attorneys-in-fact to sign the Annual Report on Form 10-K of Marlow
Freight Corporation for the year ended December 31, 2023.
Dated: February 20, 2024
|/s/ Thea Vollmer
|/s/ Hana Ruiz
|Thea Vollmer
|Hana Ruiz
|Director
|President, Chief Executive Officer and Director
|/s/ Owen Kettering
|/s/ Basil Marchetti
|Owen Kettering
|Basil Marchetti
|Vice President and Chief Financial Officer
|Lead Director
"""
    assert [(g.name, g.title) for g in extract(rows).grantors] == [
        ("Thea Vollmer", "Director"),
        ("Hana Ruiz", "President, Chief Executive Officer and Director"),
        ("Owen Kettering", "Vice President and Chief Financial Officer"),
        ("Basil Marchetti", "Lead Director"),
    ]
    stated = """POWER OF ATTORNEY
Each of the undersigned directors of Pellham Tools Inc. (the "Company") hereby constitutes and appoints Ida Brandt
and Rui Mateus, and each of them, the undersigned's attorney-in-fact to sign the Company's Annual Report on
Form 10-K for the year ended December 31, 2023.
IN WITNESS WHEREOF, each of the undersigned has signed this Power of Attorney as of March 1, 2024.
/s/ Colm Reardon
Colm Reardon
/s/ Esther Adeyemi
Esther Adeyemi
"""
    assert [(g.name, g.title) for g in extract(stated).grantors] == [
        ("Colm Reardon", "Director"),
        ("Esther Adeyemi", "Director"),
    ]
    either = stated.replace("undersigned directors of", "undersigned directors and officers of")
    assert [g.title for g in extract(either).grantors] == [None, None]


def test_issuer_before_the_forms_agents_with_capacities_and_a_foreign_entity_suffix(extract):
    template = """POWER OF ATTORNEY
Know all by these presents, that the undersigned hereby constitutes and appoints each of Dana Whitfield,
in her role and capacity as corporate secretary, Omar Haddad, in his role and capacity as assistant secretary
and Lena Fischer (in her capacity as assistant general counsel), signing singly, the undersigned's true and
lawful attorney-in-fact to:
(1) execute for and on behalf of the undersigned, in the undersigned's capacity as an officer and/or director of
Corvane Biologics Corporation, Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange
Act of 1934 and the rules thereunder;
"""
    record = extract(template)
    assert record.company == "Corvane Biologics Corporation"
    assert [a.name for a in record.agents] == ["Dana Whitfield", "Omar Haddad", "Lena Fischer"]
    entity = """POWER OF ATTORNEY
The undersigned, MAUREL & CIE, a societe en commandite par actions organized under the laws of France, by its
representatives thereunto duly authorized, hereby constitutes and appoints Paul Ferrand, its true and lawful
attorney-in-fact to sign the Schedule 13D with respect to shares of Quillon Systems, Inc., and any amendment
"""
    assert [g.name for g in extract(entity).grantors] == ["MAUREL & CIE"]


def test_double_slash_marks_surnames_that_look_like_firms_and_capitalized_prefixes(extract):
    text = """POWER OF ATTORNEY
Each person whose signature appears below constitutes and appoints Nora E. Bank and Paul Ostrowski, and each
of them, his or her attorneys-in-fact to sign the Registration Statement on Form S-8 of Kestrel Microsystems
Corporation and any amendments thereto.
         SIGNATURE                                                   DATE
         //s// NORA E. BANK                                          May 2, 2001
---------------------------------------
             Nora E. Bank

         //s// DANIEL R. McALLISTER                                  May 2, 2001
---------------------------------------
"""
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Nora E. Bank", "DANIEL R. McALLISTER"]
    assert [a.name for a in record.agents] == ["Nora E. Bank", "Paul Ostrowski"]


def test_entity_subject_with_a_description_and_a_suffixed_name_in_an_opening(extract):
    foundation = """POWER OF ATTORNEY
KNOW ALL PERSONS BY THESE PRESENTS that the R. T. LINDQVIST FOUNDATION, an Oregon nonprofit corporation
("Foundation"), hereby constitutes and appoints each of MARA OKAFOR and LEWIS PANT as its true and lawful
attorneys-in-fact to execute for and on behalf of the Foundation reports on Forms 3, 4 and 5 under Section 16(a)
of the Securities Exchange Act of 1934"""
    assert [g.name for g in extract(foundation).grantors] == ["R. T. LINDQVIST FOUNDATION"]
    opening = """POWER OF ATTORNEY
KNOW ALL MEN BY THESE PRESENTS THAT I, Warren T. Gale, Jr., a Director of Hollis Rail Corporation, a Utah
corporation (the "Corporation"), do hereby appoint Mia Chen and Olaf Berg, and each of them, my attorneys-in-fact
to sign the Corporation's Registration Statement on Form S-8, and any amendments thereto."""
    assert [(g.name, g.title) for g in extract(opening).grantors] == [("Warren T. Gale, Jr.", "Director")]


def test_letter_to_several_addressees_and_an_issuer_named_without_a_suffix(extract):
    letter = """November 2, 2023
Mr. Tobias Wren
Larkfield Energy Company
100 Main Street
Tulsa, OK 74103
Ms. Hanna V. Odum
Larkfield Services, Inc.
200 Elm Street
Tulsa, OK 74103
Mr. Wren and Ms. Odum:
Larkfield Energy Company (the "Company") proposes to file its Annual Report on Form 10-K. The Company and the
undersigned directors of the Company hereby make, constitute and appoint each of you our true and lawful Attorney
to sign the Annual Report on Form 10-K.
"""
    assert [a.name for a in extract(letter).agents] == ["Tobias Wren", "Hanna V. Odum"]
    plain = """POWER OF ATTORNEY
I appoint Rosa Lind and Tom Achebe, together and separately, to be my attorneys-in-fact to sign Forms 3, 4 and 5
reporting transactions in Halden Foods' securities. Halden Foods is not assuming my Section 16 responsibilities.
/s/ Ivo Sandoval
"""
    assert extract(plain).company == "Halden Foods"
    defined = """POWER OF ATTORNEY
For purposes of the investment in Morrow Reinsurance Holdings Limited ("Morrow") held by the undersigned, the
undersigned hereby appoints Ada Price its attorney-in-fact to sign Forms 3, 4 and 5 with respect to shares of
common stock of Morrow."""
    assert extract(defined).company == "Morrow Reinsurance Holdings Limited"
    classes = """POWER OF ATTORNEY
Each of the undersigned appoints Vera Holm and Dan Ruiz to execute all statements under Section 16 of beneficial
ownership of shares of KESTRA Class A Common Stock, $1.00 par value, and/or shares of KESTRA Class B Common Stock."""
    assert extract(classes).company == "KESTRA"  # the share class is not part of the issuer's name


def test_entities_listed_above_a_resolution_that_grants_and_several_trusts_as_no_issuer(extract):
    listed = """                    HARBORLINE GROWTH FUNDS, INC.
                    HARBORLINE INCOME SERIES, INC.
                               POWER OF ATTORNEY
     RESOLVED, that each of the above listed Corporations (collectively the "Corporations" and individually
the "Corporation") and each of its directors do hereby constitute and authorize Ines Kowal and Paul Marsh,
and each of them individually, their true and lawful attorneys to sign the Corporation's Form N-1A."""
    record = extract(listed)
    assert [g.name for g in record.grantors] == ["HARBORLINE GROWTH FUNDS, INC.", "HARBORLINE INCOME SERIES, INC."]
    assert record.company is None
    series = listed.replace("HARBORLINE INCOME SERIES, INC.", "on behalf of\nHarborline Growth Fund")
    assert [g.name for g in extract(series).grantors] == ["HARBORLINE GROWTH FUNDS, INC."]
    trusts = """POWER OF ATTORNEY
KNOW ALL PERSONS BY THESE PRESENTS, that the undersigned trustee of Kesh Series Trust, Kesh Variable Trust, and
Kesh Income Trust, each a business trust organized under the laws of the State of Delaware, hereby constitutes
and appoints Emil Roth his attorney-in-fact to sign any Registration Statements of the Trusts.
IN WITNESS WHEREOF, the undersigned has hereunto set his hand as of the date set forth below.
|/s/ Corey B. Lund
|Corey B. Lund
|Trustee
|Sworn to me this 22nd day of November, 1999
|/s/Dora Whitby
|Commission Expires: 01/02/2000
"""
    record = extract(trusts)
    assert record.company is None
    assert [g.name for g in record.grantors] == ["Corey B. Lund"]


def test_a_prior_powers_date_a_filled_in_date_and_an_issuer_a_filing_is_applicable_to(extract):
    revoking = """POWER OF ATTORNEY
The undersigned (1) revokes the authority granted by a power of attorney executed by the undersigned on April
15, 2005 and (2) constitutes and appoints Lyle Dorn and Ama Osei his attorneys to sign any registration
statement on Form N-2 applicable to Tamarind Energy Capital Corporation.
"""
    record = extract(revoking)
    assert record.execution_date is None
    assert record.company == "Tamarind Energy Capital Corporation"
    filled = revoking + "\n     DATED:         3/20           , 2006\n\n     /s/ Karl Imhof\n     Karl Imhof\n"
    assert str(extract(filled).execution_date) == "2006-03-20"


def test_numbered_sections_of_the_exhibit_a_spaced_schedule_code_and_lawyers_appointed(extract):
    text = """DURABLE POWER OF ATTORNEY FOR SCHEDULE 13D FILING
SECTION 1. Appointment and Authority of Attorneys-in-Fact
1.01 I, HUGO P. MARSH, appoint my lawyers, ANNA C. BELL, RUI T. COSTA, or any one or more of them, to be my
attorneys-in-fact to cause Schedule 13 D to be filed with the United States Securities and Exchange Commission.
SECTION 2. Effective Date
2.01 This Durable Power of Attorney shall be effective as of the date I sign it.
"""
    record = extract(text)
    assert record.forms == ["13D"]
    assert record.rules == []
    assert [a.name for a in record.agents] == ["ANNA C. BELL", "RUI T. COSTA"]


def test_a_table_of_signers_an_effective_date_and_policies_issued_by_the_issuer(extract):
    table = """                                POWER OF ATTORNEY
The following persons appearing below hereby appointed Nils M. Oberg as his or her attorney-in-fact to sign such
registration statements as may be necessary in connection with the public offering of Flexible Premium Variable
Life Insurance Policies issued by Prairie Mutual Life Insurance Company.

INDIVIDUAL                           TITLE                DATE OF APPOINTMENT
Erin K. Vasquez                     Director                   3/31/2000
Tomas Lindgren                      Director                   4/10/2001
"""
    record = extract(table)
    assert [(g.name, g.title) for g in record.grantors] == [
        ("Erin K. Vasquez", "Director"),
        ("Tomas Lindgren", "Director"),
    ]
    assert record.company == "Prairie Mutual Life Insurance Company"
    assert str(record.execution_date) == "2000-03-31"
    effective = """POWER OF ATTORNEY
Effective June 1, 2015, each person whose signature appears below, as Trustees of the Trust, hereby constitutes
and appoints Ada Lowe his or her attorney-in-fact to enable each of Fenwick Income Trust (File No. 2-96408) and
Fenwick Money Market Trust (File No. 2-91556) (each a "Trust") to comply with the Securities Act of 1933.
[DOC ID - ent2005 - V2 - 2/15/2016 1:44 PM]
"""
    record = extract(effective)
    assert str(record.execution_date) == "2015-06-01"
    assert record.company is None


def test_headings_stamps_and_names_broken_or_shortened_in_signature_blocks(extract):
    text = """LIMITED POWER OF ATTORNEY
The undersigned hereby constitutes and appoints each of Kathryn S. Head (the Company's Senior Vice President,
General Counsel and Secretary), and Omar B. Fitch, Jr. (Chief Securities Counsel) each acting individually, as
the undersigned's attorney-in-fact to sign any Form 4 relating to equity securities of Talbot Group, Inc. (the
"Company"), and to file the same with the Securities and Exchange Commission, as fully as he or she might do.
|
By:
|/s/ Ian R. Cole
|Name: Ian R. Cole
"""
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Ian R. Cole"]
    assert [a.name for a in record.agents] == ["Kathryn S. Head", "Omar B. Fitch, Jr."]
    broken = """POWER OF ATTORNEY
NORTHFIELD LIFE SERIES FUNDS, a Delaware business trust (the "Fund"), hereby appoints Vera Kolar its
attorney-in-fact to sign the Fund's registration statement on Form N-1A, with respect to Shares of Beneficial
Interest of Northfield Life Series Funds.
NORTHFIELD LIFE SERIES FUNDS has caused this power of attorney to be executed in its name by its President on
this 22 day of January 2010.
NORTHFIELD LIFE
SERIES FUNDS
By: /s/ Vera Kolar
Vera Kolar
President
"""
    record = extract(broken)
    assert [g.name for g in record.grantors] == ["NORTHFIELD LIFE SERIES FUNDS"]
    assert record.company == "NORTHFIELD LIFE SERIES FUNDS"
    initials = """POWER OF ATTORNEY
Each of the undersigned appoints Michael L. Okoro and Brian Teller his attorneys-in-fact to sign the Annual
Report on Form 10-K of Verdant Axle Corporation.
/s/ M. L. Okoro                 /s/ B. F. Lane
"""
    assert [g.name for g in extract(initials).grantors] == ["Michael L. Okoro", "B. F. Lane"]
    letter = """Re:   Authorization to Sign Rule 16 Forms
I am the Chairman, President and Chief Executive Officer of Quarry Financial, Inc. ("Quarry") and I hereby
individually authorize Leon E. Marsh to sign on my behalf any Form 4.
/s/ Dana P. Whitlock
"""
    assert [(g.name, g.title) for g in extract(letter).grantors] == [
        ("Dana P. Whitlock", "Chairman, President and Chief Executive Officer")
    ]


def test_a_trust_signing_through_its_trustees_and_agents_listed_after_a_colon(extract):
    trust = """POWER OF ATTORNEY
BE IT KNOWN, that The Harlan B. Moss Trust, does hereby make and appoint Dana Whitcomb, Secretary of The Harlan
B. Moss Trust, as its true and lawful attorney to sign and file reports required under Section 16(a) of the
Securities Exchange Act of 1934.
IN WITNESS WHEREOF, I have hereunto set my hand this 21st day of June, 2008.

Successor Trustees of The Harlan B. Moss Trust

/s/ Peter Quill
/s/ Anna Loft
"""
    record = extract(trust)
    assert [g.name for g in record.grantors] == ["The Harlan B. Moss Trust"]
    assert record.company is None
    listed = """POWER OF ATTORNEY

Effective November 8, 2006, the undersigned constitutes and appoints:

Stephen M. Ohlin
Suki V. Ramos

as the undersigned's true and lawful attorneys-in-fact to sign Forms 3, 4 and 5.

Dated:  October 10, 2006

/s/ James R. Cole
"""
    record = extract(listed)
    assert [a.name for a in record.agents] == ["Stephen M. Ohlin", "Suki V. Ramos"]
    assert str(record.execution_date) == "2006-10-10"


def test_agents_after_an_adverb_between_commas_and_a_name_before_the_rest_of_the_sentence(extract):
    text = """POWER OF ATTORNEY FOR SECTION 16 REPORTING OBLIGATIONS
The undersigned, being subject to Section 16 of the Securities Exchange Act of 1934 with respect to ownership
of securities of Halcomb Media Co., Inc. (the "Corporation"), hereby constitutes and appoints,
individually, each of Mark E. Reyes, Ivy Harlan, Paul Sachs and any other person holding the title of Secretary
of the Corporation, as the undersigned's true and lawful attorneys-in-fact.
"""
    assert [a.name for a in extract(text).agents] == ["Mark E. Reyes", "Ivy Harlan", "Paul Sachs"]
    missing_with = """POWER OF ATTORNEY
The undersigned hereby constitutes and appoints Carl L. Auden, Stephen H. Brandt, or Angela P. Wilder full power
to act as his true and lawful attorney-in-fact to sign Forms 3, 4 and 5 of Orrin Gaming, Inc."""
    assert [a.name for a in extract(missing_with).agents] == ["Carl L. Auden", "Stephen H. Brandt", "Angela P. Wilder"]


def test_issuer_before_its_file_number_or_its_possessive_stock_and_a_grantor_named_in_the_heading(extract):
    report = """POWER OF ATTORNEY
Each of the undersigned appoints Nora Vance his attorney-in-fact to sign the Report on Form 10-K for the year
ended December 31, 2005, for The Merriam Group of
Companies, Inc., S.E.C. File No. 1-6686, and any amendments thereto."""
    assert extract(report).company == "The Merriam Group of Companies, Inc."
    day_first = report.replace("December 31, 2005", "31 December 2005")
    assert extract(day_first).company == "The Merriam Group of Companies, Inc."
    held = """POWER OF ATTORNEY
I appoint Ray Lund my attorney-in-fact to file any Form 144 with respect to sales of Quayle Financial
Corporation's common stock, as I am an affiliate."""
    assert extract(held).company == "Quayle Financial Corporation"
    heading = """EX-24 2 kevinoharapoa.htm KEVIN P. O'HARA POWER OF ATTORNEY
POWER OF ATTORNEY
Know all by these presents, that the undersigned hereby constitutes and appoints each of: Dina Green and Allan
Ross, signing singly, the undersigned's true and lawful attorney-in-fact, to"""
    assert [g.name for g in extract(heading).grantors] == ["KEVIN P. O'HARA"]


def test_certified_resolutions_and_joint_filing_agreements_grant_nothing_a_proxy_does(extract):
    certified = """EXHIBIT 24.2
I, Mara Tull, Assistant Secretary of HOLLIS & CO., Inc., do hereby certify that the following is a true copy of
a resolution adopted at a meeting of the Directors of said Corporation:
RESOLVED, that the officers are authorized to sign the Annual Report on Form 10-K pursuant to powers of
attorney granted by the directors, each of whom has executed a power of attorney."""
    assert not extract(certified).is_poa
    joint = """JOINT FILING AGREEMENT PURSUANT TO RULE 13d-1(k)(1)
The undersigned acknowledge and agree that the foregoing statement on Schedule 13G is filed on behalf of each of
the undersigned. This agreement may be signed by an attorney-in-fact under a power of attorney."""
    assert not extract(joint).is_poa
    proxy = """PROXY
ORSINI S.P.A., in the person of its President, does hereby grant ING. LUCA BIANCHI, born in Piacenza, the widest
powers to represent the company at the shareholders' meeting of Telcom Italia S.p.A."""
    assert extract(proxy).is_poa


def test_a_signer_printed_in_a_column_that_has_not_signed_yet(extract):
    text = """POWER OF ATTORNEY
Each of the undersigned trustees of Palo Verde Suites Trust appoints Ida Marsh his attorney-in-fact to sign the
Registration Statement on Form S-8 of the Trust.
IN WITNESS WHEREOF, the undersigned have signed this power of attorney as of July 17, 2000.

/s/ EDWARD G. HALL
-----------------------------         ------------------------------------------
Edward G. Hall, Trustee               Steven S. Rowan, Trustee

/s/ PETER A. THORN                    /s/ JAMES F. WIRTZ
-----------------------------         ------------------------------------------
Peter A. Thorn, Trustee               James F. Wirtz, Chairman of the Board
"""
    assert [(g.name, g.title) for g in extract(text).grantors] == [
        ("Edward G. Hall", "Trustee"),
        ("Steven S. Rowan", "Trustee"),
        ("Peter A. Thorn", "Trustee"),
        ("James F. Wirtz", "Chairman of the Board"),
    ]


def test_names_run_together_a_principal_and_signatures_that_accept_a_substitution(extract):
    caps = """POWER OF ATTORNEY
The undersigned trustee does hereby severally constitute and appoint THOMAS M. KEELER, BETSY ANNE SORRELL, KINGA
KOWALSKI NICHOLAS J. KOSTAS AND CHRISTOPHER SEEGER, and each acting singly, to be my true and lawful attorneys."""
    assert [a.name for a in extract(caps).agents] == [
        "THOMAS M. KEELER",
        "BETSY ANNE SORRELL",
        "KINGA KOWALSKI",
        "NICHOLAS J. KOSTAS",
        "CHRISTOPHER SEEGER",
    ]
    principal = """POWER OF ATTORNEY
Know all by these presents, that Edwin P. Gardner, acting in his capacity as a member of the general partner of
Triton Fund Management, L.P., hereby constitutes and appoints each of Bram L. Shore and Dana R. Marks, signing
singly, the Principal's true and lawful attorney-in-fact to:
(1) complete and execute for and on behalf of Triton Fund Management, L.P. ("Principal"), Forms 3, 4 and 5."""
    assert [g.name for g in extract(principal).grantors] == ["Triton Fund Management, L.P."]
    named = """New York State Limited Power of Attorney
The undersigned, Karel Ozturk (the "Principal") hereby constitutes and appoints David Casta (the "Agent") as his
true and lawful attorney-in-fact to sign any amendments to the Trust's Registration Statement."""
    assert [(g.name, g.title) for g in extract(named).grantors] == [("Karel Ozturk", None)]
    substitute = """SUBSTITUTE POWER OF ATTORNEY
Pursuant to the Powers of Attorney granted to the undersigned, the undersigned hereby appoints each of John M. Gale
and James R. Jolly as substitute attorneys-in-fact, on behalf of each of the above-named individuals.
Date: May 4, 2021
By: /s/ Andrew J. Nolan
Name: Andrew J. Nolan
Title: Attorney-in-Fact
WE ACCEPT THIS APPOINTMENT AND SUBSTITUTION:
/s/ John M. Gale
John M. Gale
/s/ James R. Jolly
James R. Jolly
"""
    assert [g.name for g in extract(substitute).grantors] == ["Andrew J. Nolan"]


def test_funds_listed_as_the_undersigned_and_issuers_named_in_other_ways(extract):
    funds = """POWER OF ATTORNEY
KNOW ALL MEN BY THESE PRESENTS, That each of the undersigned, ORTON ADVISORS BOND FUND, INC., ORTON ADVISORS
CASH MANAGEMENT, INC., O&R FUNDS, INC. AND ORTON INVESTED PORTFOLIOS, INC. (each hereinafter called the
Corporation), and certain directors and officers for the Corporation, do hereby constitute and appoint KEITH A.
TULLY its attorney to sign the Corporation's registration statement."""
    assert [g.name for g in extract(funds).grantors] == [
        "ORTON ADVISORS BOND FUND, INC.",
        "ORTON ADVISORS CASH MANAGEMENT, INC.",
        "O&R FUNDS, INC.",
        "ORTON INVESTED PORTFOLIOS, INC.",
    ]
    cases = {
        "to sign the Halvard Outdoor Company Annual Report on Form 10-K for the year": "Halvard Outdoor Company",
        "to sign the Form 10-K of Verdi Gold Corp. for the year ended December 31, 2001": "Verdi Gold Corp.",
        'to sign the Annual Report on Form 10-K of Daxtronic, Inc. (the "Company") for the': "Daxtronic, Inc.",
        "to sign the Annual Report of PacifiGas on Form 10-K for the fiscal year": "PacifiGas",
        "to report changes in my ownership of Legg Marsh, Inc. Common Stock under Section 16(a)": "Legg Marsh, Inc.",
        "to sign the registration statement of MFS/Sun Life Series Trust on Form N-1A": "MFS/Sun Life Series Trust",
    }
    for clause, company in cases.items():
        text = f"POWER OF ATTORNEY\nI hereby appoint Ann Roe my attorney-in-fact {clause}.\n/s/ Tom Hale\n"
        assert extract(text).company == company, clause
    prepared = """This Instrument Prepared by:
MILLER & MARTEL, PLLC
832 Georgia Avenue
          DURABLE POWER OF ATTORNEY
I, PHILIP H. SANDS, of Chattanooga, Tennessee, hereby appoint Robert E. Boswell of Lookout Mountain, Tennessee or
Theodore K. White, Jr. of Signal Mountain, Tennessee as my Attorney-in-Fact to sign Forms 3, 4 and 5.
Date: 9-12-05
"""
    record = extract(prepared)
    assert record.company is None
    assert [a.name for a in record.agents] == ["Robert E. Boswell", "Theodore K. White, Jr."]
    assert str(record.execution_date) == "2005-09-12"


def test_headings_that_name_no_one_a_plan_line_and_a_degree_left_before_a_name(extract):
    statutory = """WISCONSIN STATUTORY POWER OF ATTORNEY
NOTICE: THIS IS AN IMPORTANT DOCUMENT. YOU MAY WANT TO ASK A LAWYER TO EXPLAIN THIS FORM TO YOU BEFORE YOU SIGN
IT. YOU ARE GIVING ANOTHER PERSON, YOUR AGENT, BROAD POWERS TO HANDLE YOUR FINANCES AND PROPERTY."""
    record = extract(statutory)
    assert record.grantors == [] and record.forms == []
    purpose = """Power of Attorney
For Executing Reports under Section 16(a)
The undersigned hereby constitutes and appoints each of Susan P. Cole and Peter Wirtz, each acting singly, his
true and lawful attorney-in-fact to execute Forms 3, 4 and 5."""
    assert extract(purpose).grantors == []
    plan = """POWER OF ATTORNEY
The undersigned, a Director of ORCA Learning, Inc., a Delaware corporation (the "Company"), does hereby appoint
Mia Rowe his attorney-in-fact to sign a registration statement on Form S-8 for shares under the following plan:
ORCA Learning, Inc. 1993 Employee Stock Purchase Plan
Dated this 21st day of March, 2007
|/s/ Joseph E. Duff
|Joseph E. Duff
"""
    assert [g.name for g in extract(plan).grantors] == ["Joseph E. Duff"]
    esquire = """I hereby authorize Clinton R. Blake, IV, Esquire
Steven A. Thorne, Esquire, Lisa A. Olive, Esquire, and/or Brett A. Fadel, Esquire to sign any Form 4 for me.
/s/ David Bocek"""
    assert [a.name for a in extract(esquire).agents] == [
        "Clinton R. Blake, IV",
        "Steven A. Thorne",
        "Lisa A. Olive",
        "Brett A. Fadel",
    ]


def test_a_slip_of_the_pen_in_a_signed_surname(extract):
    text = """POWER OF ATTORNEY
Each of the undersigned directors of Karst Energy Corporation appoints Ida Vale his attorney-in-fact to sign the
Annual Report on Form 10-K of the Corporation.
/s/ Leo E. Linback, Jr.
Leo E. Linbeck, Jr.
Director
"""
    assert [g.name for g in extract(text).grantors] == ["Leo E. Linbeck, Jr."]


def test_a_comma_after_each_a_capital_of_before_an_address_and_a_printed_name_over_two_lines(extract):
    text = """POWER OF ATTORNEY
The undersigned, as an officer of Granite Works Inc. (the "Company"), hereby constitutes and appoints each,
Christa M. Reid, Patrick G. Holt, Joni J. Fink as the undersigned's true and lawful attorneys-in-fact to sign
Forms 3, 4 and 5.
Signature:  ______________________
Printed Name:  Marshall Dwain
Wilcox

"""
    record = extract(text)
    assert [a.name for a in record.agents] == ["Christa M. Reid", "Patrick G. Holt", "Joni J. Fink"]
    assert [g.name for g in record.grantors] == ["Marshall Dwain Wilcox"]
    address = """I, ROBERT E. BOSWELL, of Lookout Mountain, Georgia, hereby appoint
A. Alexander Tate, II of Lookout Mountain, Tennessee or Hugh F. Sharp
Of Chattanooga, Tennessee, as my Attorney-in-Fact."""
    assert [a.name for a in extract(address).agents] == ["A. Alexander Tate, II", "Hugh F. Sharp"]


def test_a_witness_beside_the_signer_an_edgar_label_and_the_next_powers_heading(extract):
    witnessed = """I, the undersigned Trustee of The Corvid Fund (the "Fund"), hereby constitute Wil Tarrant my true
and lawful attorney to sign the Registration Statement on Form N-14 for the Fund.
WITNESS my hand on the date set forth below.
|12/8/10
|/s/ Richard Bard
|Date
|Signature
|/s/ Tracy Gold
|Richard L. Bard, Jr.
|Witness Signature
|Name of Trustee
"""
    assert [g.name for g in extract(witnessed).grantors] == ["Richard L. Bard, Jr."]
    label = """EX-24.4_287907 2 poa.txt POA DOCUMENT POWER OF ATTORNEY The undersigned hereby constitutes and appoints
each of Rob Diamond and Kate Mahon, acting individually, the undersigned's true and lawful attorney-in-fact to sign"""
    assert extract(label).grantors == []
    two = """MTX SYSTEMS CORPORATION
Power of Attorney of Director
KNOW ALL MEN BY THESE PRESENTS, that the undersigned director of MTX Systems Corporation does hereby appoint Jeff
Graves his attorney-in-fact to sign a Registration Statement on Form S-8.
|/s/ David J. Andersen
|David J. Andersen
MTX SYSTEMS CORPORATION
Power of Attorney of Director
KNOW ALL MEN BY THESE PRESENTS, that the undersigned director of MTX Systems Corporation does hereby appoint"""
    assert [g.name for g in extract(two).grantors] == ["David J. Andersen"]


def test_a_name_printed_before_a_signature_with_a_slip_is_one_signer(extract):
    table = """KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints
Dana Kwan his true and lawful attorney-in-fact to sign the Annual Report on Form 10-K of Quillon Corp.
|
Name
|
Title
|
Signature
|
Joel Rubenstein
|Director
|/s/ Joel Rubinstein
|
Maria T. Oakes
|Director
|/s/ Maria T. Oakes
"""
    grantors = extract(table).grantors
    assert [(g.name, g.title) for g in grantors] == [("Joel Rubenstein", "Director"), ("Maria T. Oakes", "Director")]
    two = """Each of the undersigned hereby appoints Dana Kwan his attorney-in-fact to sign Forms 3, 4 and 5.
/s/ Carla Jensen
Carla Jensen
/s/ Carla Hansen
Carla Hansen
"""
    assert [g.name for g in extract(two).grantors] == ["Carla Jensen", "Carla Hansen"]


def test_messrs_before_the_agents_and_an_issuer_after_or_both_or_a_comma(extract):
    messrs = """I hereby appoint Messrs. Owen Pratt,
Lena M. Ruiz and Carl D. Boone, and each of them, as my attorneys-in-fact to sign any and all
reports on Forms 3, 4 and 5 under Section 16(a) of the Securities Exchange Act of 1934.
/s/ Ada Fenn
"""
    assert [a.name for a in extract(messrs).agents] == ["Owen Pratt", "Lena M. Ruiz", "Carl D. Boone"]
    both = """Know all men by these presents, that the undersigned
director or officer, or both, of Harlow Paper Company
constitutes and appoints Owen Pratt his true and lawful attorney-in-fact to file Forms 3, 4 and 5.
S/ Ada Fenn
Ada Fenn"""
    assert extract(both).company == "Harlow Paper Company"
    term = """KNOW ALL BY THESE PRESENTS, that Quillco, Inc. ("Quillco") and each other undersigned, an officer or
director, or both, of Quillco, do hereby appoint Owen Pratt its, his or her true and lawful attorney-in-fact to
execute on behalf of Quillco and the undersigned the Registration Statement No. 333-100 relating to Quillco stock."""
    assert extract(term).company == "Quillco, Inc."  # the name its defined term stands for
    comma = """I, Ada Fenn, Senior Vice President
and Group President-Industrial, of Harlow & Crane Corporation
(the `Corporation`), hereby constitute and appoint Owen Pratt my true and lawful attorney to sign
the forms reporting my ownership of shares of the Corporation`s Common Stock.
/s/ Ada Fenn"""
    assert extract(comma).company == "Harlow & Crane Corporation"
    lost_quotes = """the undersigned     Ada F.
Fenn     hereby constitutes and appoints each of Owen Pratt signing singly, as the true and lawful
attorney-in-fact of the undersigned to execute Forms 3, 4 and 5 by reason of the status of the undersigned as a
director of Harlow Paper Corporation (the ?Company?);"""
    record = extract(lost_quotes)
    assert ([g.name for g in record.grantors], record.company) == (["Ada F. Fenn"], "Harlow Paper Corporation")
    own = """KNOW ALL PERSONS BY THESE PRESENTS, that Ada Fenn hereby constitutes and appoints Owen Pratt her true
and lawful attorney-in-fact to sign any and all amendments to Granite Bancorporation’s registration statement on
Form S-4.
/s/ Ada Fenn"""
    assert extract(own).company == "Granite Bancorporation"


def test_an_entity_granting_through_its_managers_and_a_witness_labelled_in_its_column(extract):
    managers = """We, the undersigned Dr. Ute Brandt, head of the legal department of Halder
& Co. KG (a limited partnership), and Mr. Jan Weiss, vice head of the legal
department, hereby grant in the name and on behalf of Halder and Co. KG
full power and authority to:

                        Nora K. Bell, Esq.
                        having her business address at
                        10 Park Place, New York

to sign any amendments to the Schedule 13G filed with respect to Quill Corporation.

              /s/ Dr. Ute Brandt        /s/ Jan Weiss
"""
    record = extract(managers)
    assert ([g.name for g in record.grantors], [a.name for a in record.agents]) == (
        ["Halder and Co. KG"],
        ["Nora K. Bell"],
    )
    witnessed = """I, the undersigned officer of Quill Fund, hereby constitute Nora K. Bell my true and lawful attorney,
to sign for me all registration statements filed by the Fund.
WITNESS my hand on the date set forth below.
September 12, 2000 Owen R. Pratt
Date Name of Officer
/s/ Lena Ruiz /s/ Owen R. Pratt
Signature of Witness Signature of Officer
"""
    assert [g.name for g in extract(witnessed).grantors] == ["Owen R. Pratt"]


def test_the_undersigned_entity_signing_under_its_name_and_funds_named_collectively_with_others(extract):
    entity = """KNOW ALL MEN BY THESE PRESENTS

That the undersigned, HALDER & CRANE HOLDINGS, S.A., hereinafter "the Company",
a company organized under the laws of Panama, DOES HEREBY APPOINT NORA BELL as the
Attorney-in-Fact of the Company to buy, sell and trade shares on behalf of the Company.
IN WITNESS WHEREOF, this Power of Attorney is granted on this 3rd day of November, 1999.

                                 HALDER & CRANE HOLDINGS S.A.

                                 /s/ Lena Ruiz
"""
    record = extract(entity)
    assert [g.name for g in record.grantors] == ["HALDER & CRANE HOLDINGS S.A."]  # not the officer signing for it
    assert record.company == "HALDER & CRANE HOLDINGS, S.A."  # it calls itself "the Company"
    funds = """The undersigned, Ada Fenn and Owen Pratt, Directors/Trustees of each of Quill Muni Fund, Inc. ("QMF"),
Quill Income Trust ("QIT") and Quill Bond Fund, Inc. ("QBF" and collectively with QMF and QIT, the "Funds"), hereby
authorize Nora K. Bell, as attorney-in-fact, to sign the Registration Statement on Form N-14 for each Fund.
/s/ Ada Fenn
/s/ Owen Pratt"""
    assert extract(funds).company is None  # several issuers, none the one
    listed = """The undersigned officers and Directors of Quill Dow 30 Income Fund Inc., Quill Strategy Income Fund Inc.
and Quill S&P 500 Fund Inc. (the "Funds") hereby authorize Nora K. Bell, as attorney-in-fact, to sign any Registration
Statement for each of the Funds.
/s/ Ada Fenn"""
    assert extract(listed).company is None


def test_agents_signing_their_own_list_under_its_heading_and_relatives_named_with_their_towns(extract):
    letter = """Securities and Exchange Commission

\tRe:\tHarlow Energy Group, Inc.
\t\tAuthorized Representatives

Ladies and Gentlemen:

\tI, Ada Fenn, hereby confirm, as of the date set forth below next to my signature, that each of the
"Authorized Representatives" named below is authorized on my behalf to sign such statements (on Form 3, Form 4
or Form 5) with respect to securities of Harlow Energy Group, Inc.

Authorized Representatives

/s/Owen Pratt
Owen Pratt

/s/Carl D. Boone, Jr.
Carl D. Boone, Jr.


Date:  February 7, 2006\t\tBy:  /s/Ada Fenn
\t\t\t\t       Ada Fenn
"""
    record = extract(letter)
    assert [g.name for g in record.grantors] == ["Ada Fenn"]
    assert [a.name for a in record.agents] == ["Owen Pratt", "Carl D. Boone, Jr."]
    sons = """I, Ada Fenn, of Muscatine, Iowa appoint my sons, Owen P. Fenn, of
Muscatine, Iowa, and Carl D. Fenn, Jr., of Davenport, Iowa, jointly only, my Attorney-in-Fact."""
    assert [a.name for a in extract(sons).agents] == ["Owen P. Fenn", "Carl D. Fenn, Jr."]
    lost = """execute for and on behalf of the undersigned, in the undersigneds capacity as an officer and or director
of\tHarlow Mills Corporation the Company, Forms 3, 4, and 5 in accordance with Section 16a of the Securities
Exchange Act of 1934; the undersigned hereby appoints Owen Pratt as attorney-in-fact."""
    assert extract(lost).company == "Harlow Mills Corporation"  # a definition whose brackets and quotes were lost
    following = """KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below hereby constitutes
and appoints Owen Pratt his true and lawful attorney-in-fact to sign a Registration Statement on Form S-8.
IN WITNESS WHEREOF, this Power of Attorney has been signed as of April 22, 2015, by the following persons:
/s/ Ada Fenn
Ada Fenn
/s/ Lena Ruiz
Lena Ruiz
"""
    record = extract(following)  # signers listed after 'the following persons:' are not agents
    assert ([a.name for a in record.agents], [g.name for g in record.grantors]) == (
        ["Owen Pratt"],
        ["Ada Fenn", "Lena Ruiz"],
    )


def test_the_issuer_in_a_recital_that_it_is_to_file_or_as_the_holder_of_the_signers_offices(extract):
    recital = """WHEREAS, HARLOW GAS AND WATER COMPANY, a Kentucky corporation, is to
file with the Securities and Exchange Commission its Annual Report on Form 10-K for the year ended December 31, 2000;

NOW, THEREFORE, each of the undersigned hereby constitutes and appoints OWEN PRATT his attorney to sign his name to
the Form 10-K.
/s/ Ada Fenn"""
    record = extract(recital)
    assert (record.company, record.company_state) == ("HARLOW GAS AND WATER COMPANY", "Kentucky")
    offices = """WHEREAS, each of the undersigned holds the office or offices in HARLOW GAS AND WATER COMPANY set
opposite his or her name; NOW, THEREFORE, each of the undersigned hereby constitutes and appoints OWEN PRATT his
attorney to sign his name to the Form 10-K.
/s/ Ada Fenn"""
    assert extract(offices).company == "HARLOW GAS AND WATER COMPANY"
    par_value = """KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below hereby constitutes
and appoints Owen Pratt his true and lawful attorney-in-fact to sign a Registration Statement on Form S-8 relating to
the registration of 6.0 million shares of Common Stock, par value $0.01 per share of Quill Financial Corporation under
the Quill Employees Stock Purchase Plan.
/s/ Ada Fenn"""
    assert extract(par_value).company == "Quill Financial Corporation"


def test_grantor_named_before_the_undersigned_a_backslashed_mark_and_agents_after_each_of_comma(extract):
    named = """Know all by these presents, that G. Owen Pratt II the
undersigned hereby constitutes Lena Ruiz, or Carl Boone signing singly, the undersigneds true and lawful
attorney-in-fact to execute Forms 3, 4 and 5 as an officer of Quill Farms, Inc."""
    assert [g.name for g in extract(named).grantors] == ["G. Owen Pratt II"]
    backslash = """I hereby appoint LENA RUIZ my attorney-in-fact to file reports of my stock transactions.
WITNESS my hand this 18th day of April, 2016.

\\s\\ Owen Pratt
OWEN PRATT
"""
    assert [g.name for g in extract(backslash).grantors] == ["OWEN PRATT"]
    comma = """Know all by these presents, that the undersigned hereby constitutes and appoints each of, LENA  J. RUIZ,
CARL R. BOONE, and JOE ALVA, signing singly, the undersigneds true and lawful attorney in fact to execute Forms 3, 4
and 5 for submission to the SEC, Quill Metals Inc. (the "Company"), and any stock exchange."""
    record = extract(comma)
    assert [a.name for a in record.agents] == ["LENA J. RUIZ", "CARL R. BOONE", "JOE ALVA"]
    assert record.company == "Quill Metals Inc."  # not 'SEC, Quill Metals Inc.'


def test_officers_listed_one_to_a_line_agents_affirming_and_capitals_over_the_printed_name(extract):
    officers = """Know all by these presents, that the undersigned hereby constitutes and
appoints each of the following officers of Quill Hospitals, Inc. (the "Company"):

         Lena K. Ruiz, Vice President and Corporate Secretary
         Carl D. Boone, Executive Vice President and Chief Legal Officer; and
         Joe M. Alva, Executive Vice President and Chief Financial Officer;

signing singularly, the undersigned's true and lawful attorney-in-fact to execute Forms 3, 4 and 5."""
    assert [a.name for a in extract(officers).agents] == ["Lena K. Ruiz", "Carl D. Boone", "Joe M. Alva"]
    affirm = """I, Ada Fenn, do hereby designate Lena Ruiz and Carl Boone to act as my lawful attorneys-in-fact to file
certain forms as they pertain to my reporting of holdings of Quill Health
Services, Inc., Common Stock.
/s/ Ada Fenn
Signed and dated on this 6th day of March, 2020.

The undersigned,  Lena Ruiz and Carl Boone hereby affirm that we are the
persons named herein as attorneys-in-fact and that our original signatures are affixed hereto.
/s/ Lena Ruiz
/s/ Carl Boone
"""
    record = extract(affirm)
    assert ([g.name for g in record.grantors], record.company) == (["Ada Fenn"], "Quill Health Services, Inc.")
    conformed = """Each of the undersigned, a director of Quill Industries, Inc. (the "Company"), does hereby constitute
and appoint Lena Ruiz his true and lawful attorney-in-fact to sign the Company's Form 10-K Annual Report.
|
CECIL D. CONLAN
Cecil D. Conlan
Dated: July 19, 2001
Director
|
CARL B. ROGERS, JR
Carl B. Rogers, Jr.
Dated: July 18, 2001
Director
"""
    grantors = extract(conformed).grantors
    assert [(g.name, g.title) for g in grantors] == [
        ("Cecil D. Conlan", "Director"),
        ("Carl B. Rogers, Jr.", "Director"),
    ]
    columns = """KNOW ALL PERSONS BY THESE PRESENTS that each person whose signature appears below constitutes and
appoints Lena Ruiz as attorney-in-fact in executing the Registration Statement on Form S-8.

     ADA M. FENN                      CARL R. BOONE
     ------------------------------   ----------------------------------
     Ada M. Fenn                      Carl R. Boone
"""
    assert [g.name for g in extract(columns).grantors] == ["Ada M. Fenn", "Carl R. Boone"]  # one signer to a column
    referred = """EXHIBIT 3
POWER OF ATTORNEY
Power of Attorney, dated as of January 7, 2002 for Quill Services, Inc. filed as Exhibit 3 to the 13G filed on
February 13, 2003 and incorporated herein by reference."""
    assert not extract(referred).is_poa


def test_a_stray_period_before_the_agents_and_an_issuer_named_by_its_defined_term(extract):
    text = """KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints. Lena K. Ruiz, Carl E.
Boone and Joe W. Alva, and each of them acting alone, as his or her true and lawful attorney-in-fact to execute, in the
undersigned's capacity as an executive officer and/or director of Quillters, Forms 3, 4 and 5 in accordance with
Section 16(a) of the Securities Exchange Act of 1934. Quillters International of Oregon, Inc. ("Quillters") may rely
on this power."""
    record = extract(text)
    assert [a.name for a in record.agents] == ["Lena K. Ruiz", "Carl E. Boone", "Joe W. Alva"]
    assert record.company == "Quillters International of Oregon, Inc."
    several = """We, the undersigned officers and Trustees of the following Trusts, do hereby severally constitute and
appoint Lena K. Ruiz to sign any Registration Statement filed on behalf of the Trust:
Quill Growth Trust ("Growth Trust")
Quill Series Trust ("Series Trust")
/s/ Ada Fenn
President of Growth Trust and Series Trust
/s/ Carl Boone
President of Series Trust"""
    assert extract(several).company is None  # the terms name several trusts
    signed = """Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the
Registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.
                              QUILL COMPUTER, INC.
KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints Ada
Fenn his attorney-in-fact to sign any amendments to this Report on Form 10-K."""
    assert [a.name for a in extract(signed).agents] == ["Ada Fenn"]  # 'authorized.' ends a sentence


def test_a_dashed_mark_offices_in_a_list_of_agents_a_colon_before_one_agent_and_an_entity_beside_the_date(extract):
    dashed = """EXECUTED on the 10th day of December, 2002, appointing Lena Ruiz attorney-in-fact to sign the
Registration Statement on Form S-8 of Quill,Inc. (the "Company").
|-s- H. Owen Pratt
|
|H. Owen Pratt"""
    record = extract(dashed)
    assert ([g.name for g in record.grantors], record.company) == (["H. Owen Pratt"], "Quill, Inc.")
    offices = """the undersigned hereby constitutes and appoints each of Nora J. Chu, Executive Vice President, General
Counsel and Corporate Secretary, Debi Rowe, Corporate Paralegal, Mia Kent, Corporate Counsel or Ann L. Stang,
Assistant Corporate Secretary of Quill Bancorp, Inc., signing singly, the undersigned's attorney-in-fact."""
    assert [a.name for a in extract(offices).agents] == ["Nora J. Chu", "Debi Rowe", "Mia Kent", "Ann L. Stang"]
    colon = """KNOW ALL MEN BY THESE PRESENT, that the undersigned hereby designates and appoints: OWEN J. PRATT
acting, as my true and lawful agent and attorney in fact for the purpose of executing Forms 3, 4 and 5."""
    assert [a.name for a in extract(colon).agents] == ["OWEN J. PRATT"]
    entity = """This Statement confirms that the undersigned, Iowa Grain
Growers Federation, has authorized and designated any one of Lena Ruiz or Carl Boone to execute and file on the
undersigned's behalf all Forms 3, 4, and 5.

Date: March 18, 2004\t\tIOWA GRAIN GROWERS FEDERATION

\t\t\t\t\t/s/Jerry C. Down
\t\t\t\tBy: _____________________________
\t\t\t\tJerry C. Down
\t\t\t\tExecutive Director"""
    assert [g.name for g in extract(entity).grantors] == ["IOWA GRAIN GROWERS FEDERATION"]


def test_a_name_over_a_heading_that_runs_on_a_trust_over_two_lines_and_agents_by_office(extract):
    heading = """Ada K. Fenn, Ph.D.
LIMITED POWER OF ATTORNEY FOR
INSIDER REPORTING OBLIGATIONS
KNOW ALL BY THESE PRESENTS, that the undersigned hereby makes, constitutes and appoints each of Lena Ruiz and Carl
Boone as the undersigned's true and lawful attorney-in-fact to execute Forms 3, 4 and 5."""
    assert [g.name for g in extract(heading).grantors] == ["Ada K. Fenn"]  # not the heading's second line
    trust = """The undersigned hereby appoints Lena Ruiz attorney-in-fact to execute Forms 3, 4 and 5.
IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 2nd day of
February, 2004.

\t\t\t\t\t\t   The Quillon
Family Trust

\t\t\t\t\t\tby   /s/ Victor F. Gans
\t\t\t\t\t\tSignature
"""
    assert [g.name for g in extract(trust).grantors] == ["The Quillon Family Trust"]
    offices = """Know all by these presents that the undersigned hereby constitutes
and appoints each of the General Counsel of Quill System, Inc.
(the "Company") (a position currently held by Lena K. Ruiz), the Chief Financial Officer of the Company (a position
currently held by L. Carl Boone), signing singly, the undersigned's true and lawful attorney-in-fact to execute Forms
3, 4 and 5 in the undersigned's capacity as a 10% holder of QUill Farms, Inc. ("Quill")."""
    record = extract(offices)
    assert [a.name for a in record.agents] == ["Lena K. Ruiz", "L. Carl Boone"]
    letter = """\tRe:  Forms Reporting Beneficial Ownership of Quill Foods, Inc.

\tThis letter is to confirm the authority of Mr. Boone to execute Forms 4 and 5 filed for me, as my agent.

\t\t\t\t\t\tVery truly yours,



\t\t\t\t\t\tAda K. Fenn"""
    record = extract(letter)
    assert (record.is_poa, [g.name for g in record.grantors]) == (True, ["Ada K. Fenn"])


def test_marked_signatures_with_a_swapped_letter_a_double_spaced_issuer_and_a_name_over_its_office(extract):
    table = """Each of the undersigned hereby appoints Lena Ruiz attorney-in-fact to sign the Registration Statement on
Form S-8 of Quill Labs, Inc.
|May 7, 2008
|
/s/ KERRII B. ADNERSON*
Kerrii B. Anderson
|Director
|May 7, 2008
|
/s/ M. KEITH WEIKEL*
M. Keith Weikel
|Director
"""
    assert [g.name for g in extract(table).grantors] == ["Kerrii B. Anderson", "M. Keith Weikel"]
    spaced = """ADA D. FENN

LIMITED POWER OF ATTORNEY FOR

SECTION 16 REPORTING OBLIGATIONS

Know all by these present, that the undersigned hereby makes, constitutes

and appoints each of Lena Ruiz and Carl Boone as the undersigned's attorney-in-fact to file Forms 3, 4 and 5

with respect to the securities of Quill Health,

Inc., an Ohio corporation (the "Company"),"""
    record = extract(spaced)
    assert ([g.name for g in record.grantors], record.company, record.company_state) == (
        ["ADA D. FENN"],
        "Quill Health, Inc.",
        "Ohio",
    )
    office = """The undersigned hereby appoints Lena Ruiz attorney-in-fact to sign the Annual Report on Form 10-K of
Pier 9 Imports, Inc.
IN WITNESS WHEREOF, the undersigned hereunto sets his hand this
27th day of January, 2011.
Owen L. Pratt
Director, Chairman of the Board, Chief Executive
Officer and President"""
    record = extract(office)
    assert ([g.name for g in record.grantors], record.company) == (["Owen L. Pratt"], "Pier 9 Imports, Inc.")


def test_an_entity_after_an_office_on_a_flattened_line_and_an_issuer_after_filings_by(extract):
    flat = """The undersigned hereby authorize Quill Value Fund, L.P. to execute Forms 3, 4 and 5 on their behalf.
Dated: July 16, 2009 QUILL VALUE FUND IV, L.P. By: /s/ Dan A. Jonas Name: Dan A. Jonas Title: CFA, Vice President \
QUILL PARTNERS VALUE FUND, L.L.C. By: /s/ Dan A. Jonas Name: Dan A. Jonas Title: CFA, Vice President"""
    assert [g.name for g in extract(flat).grantors] == [
        "QUILL VALUE FUND IV, L.P.",
        "QUILL PARTNERS VALUE FUND, L.L.C.",
    ]
    filings = """Know All Men by These Presents, that the undersigned constitutes and appoints Lena Ruiz as his true and
lawful attorney-in-fact to sign filings by Quill Motorsports, Inc. of Form 10-K.
/s/ Ada Fenn"""
    assert extract(filings).company == "Quill Motorsports, Inc."


def test_a_resolution_certified_as_adopted_grants_nothing(extract):
    text = """CERTIFIED COPY OF RESOLUTION
I, the undersigned, NORA K. VALE, Assistant Secretary of BRIGHTON PUMP CORPORATION, do hereby certify that at the
meeting of the Board of Directors held on May 3, 2001, the following resolutions were duly adopted: RESOLVED, that
each director be, and each hereby is, authorized to execute a power of attorney appointing Tom Reyes and Ana Lutz,
and each of them, his or her true and lawful attorneys, to sign the Registration Statement on Form S-8."""
    assert not extract(text).is_poa


def test_agents_offices_with_a_definition_between_names_and_a_power_to_act_on_our_behalf(extract):
    offices = """KNOW ALL MEN BY THESE PRESENTS, that the undersigned hereby constitutes and appoints Carl J. Moss
or the General Counsel of Brighton Pump Company ("BPC"), Ellen R. Tate or the Treasurer of BPC and Hugo V. Lind, and
each of them, his or her true and lawful attorneys-in-fact, to sign reports under Section 16(a) with respect to
securities of BPC.
/s/ Dora Finch"""
    assert [a.name for a in extract(offices).agents] == ["Carl J. Moss", "Ellen R. Tate", "Hugo V. Lind"]
    behalf = """POWER OF ATTORNEY
We, the undersigned Norrland Holding AB ("NHA"), do hereby authorize Mr. Peter K. Sand to on our behalf make a
filing to the U.S. Securities and Exchange Commission regarding securities of Brighton Pump Corporation.
NORRLAND HOLDING AB
By: /s/ Lars Holm"""
    assert [a.name for a in extract(behalf).agents] == ["Peter K. Sand"]


def test_a_typed_label_under_the_signature_line_names_the_signer(extract):
    text = (
        "The undersigned hereby appoints Lena Ruiz as attorney-in-fact to file Forms 4 and 5 under Section 16.\n"
        "IN WITNESS WHEREOF, the undersigned has executed this Special Power of Attorney this 4th day of May, 2016.\n\n"
        "\tSignature:__________________________\n       \tTyped: \tOren T. Blake"
    )
    assert [g.name for g in extract(text).grantors] == ["Oren T. Blake"]


def test_the_secretaries_of_a_trust_appointed_name_the_trust_as_issuer(extract):
    text = """POWER OF ATTORNEY
Each person whose signature appears below hereby constitutes and appoints the Secretary and Assistant Secretaries of
HARBOR LIGHT INCOME SERIES, INC. and each of them, their true and lawful attorneys-in-fact and agents, to sign the
Registration Statement on Form N-14 relating to Harbor Light Bond Fund, a portfolio of the Corporation.
/s/ Ada Fenn          Director          May 3, 2011"""
    assert extract(text).company == "HARBOR LIGHT INCOME SERIES, INC."
    defined = text.replace("INC. and each", 'INC. (the "Corporation") and each')
    assert extract(defined).company == "HARBOR LIGHT INCOME SERIES, INC."


def test_a_nickname_in_brackets_keeps_the_printed_name_fullest(extract):
    text = """Each of the undersigned directors of Quill Group appoints Lena Ruiz his attorney-in-fact to sign a
registration statement on Form S-8.
|/s/ B.T. Okafor, Jr.
|B.T. (Ben) Okafor, Jr.
|/s/ Ada Fenn
|Ada Fenn"""
    assert [g.name for g in extract(text).grantors] == ["B.T. (Ben) Okafor, Jr.", "Ada Fenn"]


def test_a_letter_of_authorized_representatives_confirmed_and_its_subject_line(extract):
    text = """                                   Re: BRIGHTON PUMP Corporation
                                       Commission File No. 1-4321
Gentlemen:
Each of the persons signing his name below confirms, as of the date appearing opposite his signature, that each of
the "Authorized Representatives" named below is authorized on his behalf to sign and submit filings on Form 10-K.

                           Authorized Representatives

                                 Tom A. Reyes
                                 Ana B. Lutz


                                                       Date
                                  /s/ Owen Pratt       02/13/01"""
    record = extract(text)
    assert record.is_poa
    assert (record.company, [a.name for a in record.agents]) == (
        "BRIGHTON PUMP Corporation",
        ["Tom A. Reyes", "Ana B. Lutz"],
    )


def test_an_undersigned_named_with_a_bracketed_term_opens_the_power(extract):
    text = """Know all by these presents, that the undersigned Omar F. Lind, (the
Reporting Person) hereby constitutes and appoints each of Jodi L. Marsh and Ida Kerr as the Reporting Persons true
and lawful attorneys-in-fact to execute Forms 3, 4 and 5 in respect of Quill Bancshares, Inc."""
    assert [g.name for g in extract(text).grantors] == ["Omar F. Lind"]


def test_agents_after_each_of_an_office_without_its_comma_and_to_be_attorney(extract):
    each = """KNOW ALL BY THESE PRESENTS, that the undersigned (Grantor) has made, constituted and appointed,
and by these presents does make, constitute and appoint, each of Carl K. Moss, Ellen Tate and Hugo W. Lind (each, an
Attorney-in-fact),
the true and lawful agent of the Grantor, to sign Forms 4 and 5 with respect to Quill Stores, Inc."""
    assert [a.name for a in extract(each).agents] == ["Carl K. Moss", "Ellen Tate", "Hugo W. Lind"]
    to_be = """KNOW ALL MEN BY THESE PRESENTS, that the undersigned hereby appoints to
be the undersigned's true and lawful attorney-in-fact, Nora Vale and Tom
Reyes or any of them ("Attorney-In Fact"), to execute Forms 4 and 5 with respect to securities of Quill Bank."""
    assert [a.name for a in extract(to_be).agents] == ["Nora Vale", "Tom Reyes"]
    office = """I, Ada Fenn, a Director of Quill Insurance Group, Inc. (the "Company"), do hereby appoint Carl K. Moss,
Chairman of the Company, Ellen R. Tate Executive
Vice President and Treasurer of the Company, and Hugo W. Lind, General Counsel of the Company, and each of them, my
true and lawful attorneys-in-fact to sign the Annual Report on Form 10-K."""
    assert [a.name for a in extract(office).agents] == ["Carl K. Moss", "Ellen R. Tate", "Hugo W. Lind"]


def test_trustees_of_several_trusts_name_no_single_issuer(extract):
    text = """The undersigned trustees of THE QUILL FUNDS, THE QUILL FUNDS II and THE QUILL FUNDS III (the "Trusts")
hereby appoint DANA VOSS and JULIE ARCO their attorneys-in-fact to execute the Registration Statements on Form N-1A.
/s/ Andrew Cox
Trustee"""
    assert extract(text).company is None


def test_an_alias_a_witness_label_and_an_alternate_list_of_agents(extract):
    alias = """KNOW ALL MEN BY THESE PRESENTS, that the undersigned, Jose
E. Vidal-Lazo a/k/a Jose E. Vidal, hereby appoints Hugh Roca and Nilda M. Vaz, or either of them acting singly, to
be my true and lawful attorney-in-fact to execute Forms 3, 4 and 5 with respect to Quill Bancorp."""
    assert [g.name for g in extract(alias).grantors] == ["Jose E. Vidal-Lazo"]
    witness = """The undersigned appoints Bruce Ortiz attorney-in-fact to execute Forms 3, 4 and 5 for
Quill Produce Inc.
Dated: April 30, 2009
/s/ Madeleine L. Cho
SIGNATURE
Madeleine L. Cho
(Please print full name)
/s/ Jeffrey Bale
WITNESS
Jeffrey Bale
(Please print full name)"""
    assert [g.name for g in extract(witness).grantors] == ["Madeleine L. Cho"]
    failing = """I, Max Feld, of Calgary, Alberta do hereby constitute and appoint Rhonda E.S. Grove,
and failing her, any of Donald J. DeGrand, Maryse C. St. Laurent or Bruce D. Nyvold,
each of Calgary, my true and lawful attorney to file insider reports
relating to securities of Quill Pipelines Limited."""
    assert [a.name for a in extract(failing).agents] == [
        "Rhonda E.S. Grove",
        "Donald J. DeGrand",
        "Maryse C. St. Laurent",
        "Bruce D. Nyvold",
    ]


def test_an_accent_typed_as_an_apostrophe_ends_a_name(extract):
    text = """Each of the undersigned directors of Quill First Corporation appoints Ann Roe his attorney-in-fact to sign
a registration statement on Form S-3.
/s/ Steve A. Rene’
Steve A. Rene’, Director
/s/ Lara F. Hutt
Lara F. Hutt, Director"""
    assert [g.name for g in extract(text).grantors] == ["Steve A. Rene'", "Lara F. Hutt"]  # quotes made plain


def test_a_form_whose_labels_stand_under_the_signer_and_the_witness(extract):
    text = (
        "The undersigned appoints Ana Lutz attorney-in-fact to file Forms 3, 4 and 5 for Quill Medical Corporation.\n"
        "This Limited Power of Attorney is executed as of the date set forth below.\n\n\n"
        "\t\t\t\t\t\tBarbara D. Royce\n\t\t\t\t\t\tSignature\n\n\n"
        "\t\t\t\t\t\tBarbara D. Royce\n\t\t\t\t\t\tType or Print Name\n\n\n"
        "\t\t\t\t\t\tDated: \t\t3/15/04\n\nWitness:\n\n\n\tFrancine Mora\nSignature\n"
    )
    record = extract(text)
    assert ([g.name for g in record.grantors], record.execution_date) == (["Barbara D. Royce"], dt.date(2004, 3, 15))


def test_lawyers_styled_esquire_are_each_an_agent(extract):
    text = """The undersigned hereby constitutes and appoints each of Jane Orr, Esq.,
Kyle A. Bett, Esq. and Keith Hagen, Esq. as his or her true and lawful attorneys-in-fact to execute Forms 3, 4
and 5 in respect of securities of Quill Consulting Corporation."""
    assert [a.name for a in extract(text).agents] == ["Jane Orr", "Kyle A. Bett", "Keith Hagen"]


def test_issuers_behind_officers_plans_and_general_partners(extract):
    officers = """KNOW ALL MEN BY THESE PRESENTS: That the undersigned, being Directors or Officers of Quill Health
Associates, Inc., a Delaware corporation, DO HEREBY constitute and appoint Tom Reyes and Ana Lutz the attorneys of the
undersigned to sign the Registration Statement on Form S-8.
/s/ Ada Fenn"""
    assert extract(officers).company == "Quill Health Associates, Inc."
    plan = """Each person whose signature appears below appoints Tom Reyes and Ana Lutz his attorney-in-fact to sign
amendments to the Registration Statement on Form S-8 relating to the QuillGenesis Corporation 1999 Employee Stock
Option and the QuillGenesis Corporation Employee Stock Purchase Plan.
/s/ Ada Fenn          Director          July 13, 2000"""
    assert extract(plan).company == "QuillGenesis Corporation"
    partner = """The undersigned hereby appoints Tom Reyes and Ana Lutz, signing singly, attorney-in-fact to execute,
in the undersigned's capacity as an officer of Quill Group Management L.L.C., a Delaware limited liability company
(the "General Partner") and the general partner of The Quill Group L.P. (the "Partnership"), Forms 3, 4, and 5."""
    assert extract(partner).company == "The Quill Group L.P."
    secretaries = """Each person whose signature appears below hereby constitutes and appoints the Secretary, Assistant
Secretary(ies) of QUILL SETTLEMENT FUND, INC. and each of them, their true and lawful attorneys-in-fact to sign any
and all documents to be filed with the Securities and Exchange Commission.
/s/ Ada Fenn          President"""
    assert extract(secretaries).company == "QUILL SETTLEMENT FUND, INC."


def test_a_registrant_whose_own_name_is_plural_is_one_issuer(extract):
    one = """We, the undersigned members of the Board of Trustees of The Quill Funds (the “Funds”), hereby constitute
and appoint JAY S. FINN and TINA R. FOX as our true and lawful attorneys to sign the Registration Statement on Form
N-14.
/s/ Ada Fenn"""
    assert extract(one).company == "The Quill Funds"
    several = one.replace("The Quill Funds (the", "Quill Income Trust, Quill Bond Trust and Quill Growth Trust (the")
    assert extract(several).company is None


def test_a_date_over_its_label(extract):
    body = "|the undersigned does hereby ratify and confirm all that said attorneys and agents shall do:\n" * 12
    text = f"""The undersigned appoints Ana Lutz attorney and agent to sign a registration statement on Form N-14 of
Quill Variable Funds, Inc., with the power and authority to sign in the name and on behalf of the undersigned.
{body}| August 10, 2009
|Date:"""
    assert extract(text).execution_date == dt.date(2009, 8, 10)


def test_issuers_whose_names_begin_in_lower_case(extract):
    lead = (
        "The undersigned hereby appoints Ann Roe as the undersigned's true and lawful attorney-in-fact to execute for"
        " and on behalf of the undersigned Forms 3, 4 and 5 in the undersigned's capacity as an officer of "
    )
    assert extract(lead + 'bluefin bio, Inc., a Delaware corporation (the "Company").').company == "bluefin bio, Inc."
    assert extract(lead + 'quillforce.com, inc. (the "Company").').company == "quillforce.com, inc."
    assert extract(lead + 'eQuill Inc. (the "Company").').company == "eQuill Inc."
    assert extract(lead + "iQuill Corporation.").company == "iQuill Corporation"


def test_trustees_granting_for_their_trust_dated_long_ago(extract):
    text = """POWER OF ATTORNEY Know by all these presents, that each of the undersigned trustees of the Blanche Quill
Endowment for Frank R. Quill College dated August 27, 1982 (the "Trust") hereby constitutes and appoints each of Chris
T. Quill and Andrew W. Ricks, signing singly, the Trust's true and lawful attorney-in-fact to execute for and on behalf
of the Trust Forms 3, 4 and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934."""
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Blanche Quill Endowment for Frank R. Quill College"]
    assert record.execution_date is None


def test_agents_after_certain_individuals_and_an_earlier_power_dated(extract):
    certain = """I hereby make, constitute and appoint each, the Chief Executive Officer and Chief Legal Officer of
Quill Burgers, Inc. (the "Company"), and certain individuals, Anna M. Mendes, John W. Grove and Flora Clark who at
the time of acting pursuant to this Power of Attorney is each acting singly, my true and lawful attorney-in-fact to
sign Forms 3, 4 and 5."""
    assert [a.name for a in extract(certain).agents] == ["Anna M. Mendes", "John W. Grove", "Flora Clark"]
    earlier = """In addition to the appointment of Celia Cole as the undersigned's power of attorney pursuant to that
certain Power of Attorney dated January 28, 2016 and filed with the Securities and Exchange Commission, the undersigned
hereby constitutes and appoints Sean Rolfe as the undersigned's true and lawful attorney-in-fact to execute Forms 3, 4
and 5 with respect to Quill Roadhouse, Inc."""
    assert extract(earlier).execution_date is None


def test_an_issuer_a_statement_is_filed_on_behalf_of(extract):
    text = """KNOW ALL MEN BY THESE PRESENTS, that Bernie W. Stone, whose signature appears below, constitutes and
appoints TODD M. QUILL and JAMES O. HART, and each one of them, his true and lawful attorney-in-fact to sign the Form
S-4 Registration Statement to be filed on behalf of QUILL-LEEVAC Marine Services, Inc. with respect to the offer to
exchange its Notes.
/s/ Bernie W. Stone"""
    assert extract(text).company == "QUILL-LEEVAC Marine Services, Inc."


def test_signed_names_wrapped_and_printed_names_side_by_side(extract):
    wrapped = """Each of the undersigned appoints Ann Roe his attorney to sign the Registration Statement on Form N-2 of
Quill & Quill Group, Inc.
/s/ Douglas W.
Jamieson
Douglas
W. Jamieson
Chairman
/s/ W. Dillard
Ayres
W.
Dillard Ayres
Director"""
    assert [g.name for g in extract(wrapped).grantors] == ["Douglas W. Jamieson", "W. Dillard Ayres"]
    side = """Each of the undersigned trustees of The Quill Utility Trust appoints Ann Roe his attorney to sign the
Registration Statement on Form N-2.
IN WITNESS WHEREOF, each of the undersigned has executed this Power of Attorney this 28th day of February, 2002.

--------------------------------               --------------------------------
Mario J. Quill                                  John D. Quill
President, Chief Investment                     Trustee
Officer and Trustee


/s/ Thomas E. Brett                             /s/ Robert J. Morse
--------------------------------               --------------------------------
Thomas E. Brett                                 Robert J. Morse
Trustee                                         Trustee"""
    record = extract(side)
    assert [(g.name, g.title) for g in record.grantors] == [
        ("Mario J. Quill", "President, Chief Investment Officer and Trustee"),
        ("John D. Quill", "Trustee"),
        ("Thomas E. Brett", "Trustee"),
        ("Robert J. Morse", "Trustee"),
    ]


def test_an_entity_granting_beside_its_officers(extract):
    company = """          The undersigned QUILL EASTERN TRANSMISSION CORPORATION, a Delaware
corporation, and certain of its officers and/or directors, do each hereby
constitute and appoint Dora M. Ables and Alan N. Hart, and each of them, to act as attorneys-in-fact to sign a
Registration Statement on Form S-3.
/s/ Robert B. Evans"""
    assert [g.name for g in extract(company).grantors][0] == "QUILL EASTERN TRANSMISSION CORPORATION"
    term = """KNOW ALL MEN BY THESE PRESENTS that each of the undersigned individuals, as a director or officer of QUILL
GAS TRANSMISSION CORPORATION, a Delaware corporation ("Quill Gas"), does hereby constitute and appoint RICHARD D. ROE
their true and lawful attorney to sign Quill Gas's Annual Report on Form 10-K; and
THAT the undersigned Quill Gas does hereby constitute and appoint RICHARD D. ROE its true and lawful attorney to sign
said Form 10-K."""
    assert [g.name for g in extract(term).grantors] == ["QUILL GAS TRANSMISSION CORPORATION"]
    trust = """KNOW ALL MEN BY THESE PRESENTS, that each of the undersigned as trustees and/or officers of QUILL
VARIABLE INSURANCE TRUST (the “Trust”), a Delaware statutory trust, and the Trust, hereby constitutes and appoints James
Bern and Eric E. Mill his or her attorney to sign the Registration Statement on Form N-14 of the Trust.
/s/ Charles E. Allen
Charles E. Allen, Trustee"""
    assert [g.name for g in extract(trust).grantors] == ["QUILL VARIABLE INSURANCE TRUST", "Charles E. Allen"]


def test_the_issuer_under_the_heading_and_two_issuers_side_by_side(extract):
    heading = """POWER OF ATTORNEY

                           Quill Floating Rate Fund

Pursuant to the requirements of the Securities Act of 1933, this Power of Attorney has been signed below by the
following persons. By so signing, the undersigned in his/her capacity as trustee of the Registrant, does hereby
appoint Philip J. Coll his/her true and lawful attorney to execute any amendments to the Registration Statement.
/s/ John W. Bell          Trustee          July 18, 2001"""
    assert extract(heading).company == "Quill Floating Rate Fund"
    terms = """Know all men by these presents that each of the Trustees of qShares Trust (the "Trust") and Directors of
qShares, Inc. (the "Company"), whose names and signatures appear below, constitutes and appoints W. John Magee his
attorney-in-fact to sign any registration statements for the Trust and the Company.
/s/ Nathan Moss"""
    assert extract(terms).company is None
    described = """Each of the undersigned, as directors and/or officers of QUILL LIFE INSURANCE COMPANY, a Pennsylvania
corporation, and QUILL LIFE AND ANNUITY COMPANY, a Delaware corporation, which have filed an application for an order
of exemption, hereby constitute and appoint W.G. Jurgen his attorney to sign the application.
/s/ Mark R. Thresh"""
    assert extract(described).company is None


def test_an_entity_signing_through_a_trustee_described_over_several_lines(extract):
    text = """The undersigned hereby appoints Pat Swale and Alan Hsu its attorneys-in-fact to execute Forms 3, 4 and 5
with respect to units of Quill Minerals, L.P.
         IN WITNESS WHEREOF, the undersigned has executed this Power of Attorney, this 16th day of February, 2005.

                                 QUILL TECHNOLOGIES INC. MASTER PENSION TRUST

                                 By:  Quill Trust of New England, N.A.,
                                      solely in its capacity as Trustee for the
                                      Quill Technologies Inc. Master Pension
                                      Trust, (as directed by the Investment
                                      Fiduciary), and not in its individual
                                      capacity

                                      By:  /s/ Carol Brune
                                           ------------------------------------"""
    assert [g.name for g in extract(text).grantors] == ["QUILL TECHNOLOGIES INC. MASTER PENSION TRUST"]


def test_a_stray_of_before_the_agents_and_an_issuer_named_by_its_term_before_its_stock(extract):
    text = (
        "CONFIRMING STATEMENT\nI, Nils Varga, do hereby authorize and designate of Ruth Okafor, Chief Financial "
        'Officer of Tallis Data Systems, Inc. ("Tallis") or Omar Britt, Secretary of Tallis, to execute in my name '
        "SEC Forms 3, 4 and/or 5 that report my purchase or sale of Tallis stock.\n/s/ Nils Varga\nMay 2, 2004\n"
    )
    record = extract(text)
    assert [a.name for a in record.agents] == ["Ruth Okafor", "Omar Britt"]
    assert record.company == "Tallis Data Systems, Inc."


def test_several_issuers_that_share_a_description_or_a_term_name_no_company(extract):
    shared = (
        "POWER OF ATTORNEY\nKNOW ALL MEN BY THESE PRESENTS, that the undersigned, hereby appoints Ida Moss and "
        "Carl Benn, attorney-in-fact, to sign and file Forms 3, 4 and 5 with respect to HALVERN GLOBAL REALTY FUND, "
        "INC., OSTRAND CORPORATION AND HALVERN MUNICIPAL FUND, each a Maryland Corporation, or amendments thereto. "
        "This appointment shall be in force unless sooner revoked by me in writing.\n\n"
        "Executed on this 6th day of November 2008.\n\n\n\nVera L. Quist"
    )
    record = extract(shared)
    assert (record.company, record.company_state) == (None, "Maryland")
    assert [g.name for g in record.grantors] == ["Vera L. Quist"]  # the typed name that ends the power
    together = (
        'The undersigned director of Corvell Municipal Fund, Inc. ("CMF") and Corvell Income Fund, Inc. ("CIF" and '
        'together with CMF, the "Funds"), each a Maryland corporation, does appoint Ada Lutz, his attorney to sign '
        "a Registration Statement on Form N-14.\n"
    )
    assert (extract(together).company, extract(together).company_state) == (None, "Maryland")


def test_a_signer_named_first_whose_signature_appears_below(extract):
    text = (
        "POWER OF ATTORNEY\n\n    Marcus Delacroix, III, whose signature appears below, hereby\nconstitutes and "
        "appoints Ana Pruitt and Lee Brandt, and each of them, his true and lawful attorneys to sign any amendment "
        "to a Company's Registration Statement on Form N-1A and any other registration statements under"
    )
    assert [g.name for g in extract(text).grantors] == ["Marcus Delacroix, III"]


def test_a_registrant_told_apart_by_a_place_in_brackets_and_a_short_form_of_its_name(extract):
    place = (
        "We, the undersigned Trustees and/or officers of Brenner Capital Funds (Delaware), hereby severally "
        "constitute and appoint Ivy Holm as his or her true and lawful attorney to sign the Registration Statement "
        "on Form N-14.\n/s/ Tom Ashe          Trustee\n"
    )
    assert extract(place).company == "Brenner Capital Funds (Delaware)"
    short = (
        "Each person whose signature appears below appoints Rosa Kemp attorney-in-fact to execute in the name of "
        "each such person who is then an officer or director of Kettle Valley the registration statement in "
        "connection with Kettle Valley Banc Corp's merger with Lorne Savings Corp.\n/s/ Al Finch   Director\n"
    )
    assert extract(short).company == "Kettle Valley Banc Corp"


def test_witnesses_signing_under_a_witness_label_and_the_issuer_ending_a_list(extract):
    witnessed = (
        "KNOWN ALL MEN BY THESE PRESENTS, that the undersigned, being a member of the Board of Directors of Ostler "
        "Insurance Corporation, does hereby appoint Lia Brandt as his true and lawful attorney.\n\n"
        "IN WITNESS WHEREOF, the undersigned has hereunto set his hand this 21st day of March, 2002.\n\n"
        "                    /s/ Hugo Marlowe\n                    Hugo Marlowe\n\nWITNESS:\n\n"
        "/s/ Nora Pike\n-------------------\n\n/s/ Sam Oyelaran\n-------------------\n"
    )
    assert [g.name for g in extract(witnessed).grantors] == ["Hugo Marlowe"]
    listed = (
        "I, Dana Ruiz, appoint Ann Cole as my attorney-in-fact to make any filings under Section 16(a) with the "
        "Securities and Exchange Commission, the New York Stock Exchange,\nBrightwater Financial Group, Inc., a "
        'Delaware corporation (the "Company"), and any other person.\n/s/ Dana Ruiz\n'
    )
    assert (extract(listed).company, extract(listed).company_state) == ("Brightwater Financial Group, Inc.", "Delaware")


def test_the_issuer_in_the_title_is_no_grantor_and_agents_by_office_of_several_funds_are_no_names(extract):
    titled = (
        "LIMITED POWER OF ATTORNEY\n\n        FOR\n\n     Kestrel Health Corporation\n\n     SECTION 16(A) FILINGS\n\n"
        "Know all by these presents, that the undersigned hereby constitutes and appoints each of Mia Tran and Lou "
        "Baker, signing singly, the undersigned's true and lawful attorney-in-fact to execute, in the undersigned's "
        'capacity as an officer of Kestrel Health Corporation (the "Company"), Forms 3, 4, and 5'
    )
    record = extract(titled)
    assert (record.grantors, record.company) == ([], "Kestrel Health Corporation")
    offices = (
        "POWER OF ATTORNEY\nEach person whose signature appears below hereby constitutes and appoints the Secretary "
        "and Assistant Secretaries of ARDEN EQUITY FUNDS, ARDEN TOTAL RETURN SERIES, INC., AND ARDEN MONEY TRUST and "
        "each of them, their true and lawful attorneys-in-fact, to sign the Registration Statement on Form N-14."
    )
    record = extract(offices)
    assert (record.agents, record.company) == ([], None)


def test_issuer_cues_of_registration_statements_par_value_shares_and_the_nor_is_clause(extract):
    plural = (
        "Know all men by these presents that each person whose signature appears below constitutes and appoints "
        "Tia Marsh, his true and lawful attorney-in-fact, to sign any amendments to registration statements of "
        "Pardee Signal Systems, Inc. on Form S-8.\n/s/ Bo Lind        Director\n"
    )
    assert extract(plural).company == "Pardee Signal Systems, Inc."
    par_value = (
        'SORREL GROUP PLC (hereinafter called "the Company") HEREBY APPOINTS Jon Reyes to be the lawful Attorney of '
        "the Company to execute amendments to the Statement on Schedule 13D relating to shares of Common Stock, par "
        "value $0.01 per share, of Quenby Lodging Trust, Inc., as amended to date.\n"
    )
    assert extract(par_value).company == "Quenby Lodging Trust, Inc."
    nor_is = (
        "Power of Attorney given this 2nd day of February 2010, Rhea Moss authorizes Ted Olin, Esquire, General "
        "Counsel of Varda Foods Company, to file on my behalf all Forms 3, 4, and 5. I acknowledge that the "
        "Attorneys are not assuming, nor is Varda Foods Company assuming, any of my responsibilities to comply with "
        "Section 16.\n/s/ Rhea Moss\n"
    )
    assert extract(nor_is).company == "Varda Foods Company"


def test_a_company_by_its_present_name_and_an_opening_that_names_the_grantor_and_its_firm(extract):
    renamed = (
        "the undersigned hereby appoints Kit Ames to execute, in the undersigned's capacity as an officer of Orrin "
        'Dairy Company (previously known as Tulsa Milk Corporation) (the "Company"), Forms 3, 4 and 5.'
    )
    assert extract(renamed).company == "Orrin Dairy Company"
    entity = (
        "POWER OF ATTORNEY\nThe undersigned, PELLA III, LLC, constitutes and appoints Rand & Coe, the undersigned's "
        'true and lawful attorney-in-fact to execute, as an affiliate of Jarrow Systems Corporation (the "Company"), '
        "Forms 3, 4 and 5"
    )
    assert [g.name for g in extract(entity).grantors] == ["PELLA III, LLC"]
    opening = (
        "I, the undersigned Ken L. Ward, hereby constitute and appoint Pat Manning, my true and lawful "
        "attorney-in-fact.\n"
    )
    assert [g.name for g in extract(opening).grantors] == ["Ken L. Ward"]
    firm = (
        "POWER OF ATTORNEY\nI, Sam D. Birch, of The Holloway Group of Companies, Inc.\nauthorize, designate and "
        "appoint Nia Cole and/or Mark Hoy as my true and lawful attorney to file reports on Form 3, Form 4 and "
        "Form 5.\n"
    )
    assert extract(firm).company == "The Holloway Group of Companies, Inc."
    town = "I, Lee Dunn, of Palo Alto, California, do hereby appoint Kim Roe my attorney-in-fact to file Forms 4.\n"
    assert extract(town).company is None


def test_agents_in_the_alternative_or_listed_in_a_letter_are_no_grantors(extract):
    alternative = (
        "I, Nate Obi, hereby make, constitute and appoint Steven F. Cole or, in the alternative, Jerry W. Fenn, "
        "each of Lorne Drilling Company, my true and lawful attorney-in-fact to file Forms 3, 4, 5 or 144.\n"
        "/s/ Nate Obi\n"
    )
    assert [a.name for a in extract(alternative).agents] == ["Steven F. Cole", "Jerry W. Fenn"]
    letter = (
        "June 3, 2009\n\nLadies and Gentlemen:\n\nThis letter authorizes the following representatives of The "
        "Corliss Company,\nacting singly, to execute and file with you on my behalf future Forms 3,\n4 and 5 "
        "respecting my holdings of equity securities of The Corliss Company:\n\nLara Stone, Senior Vice President - "
        "General Counsel\nAnna Hale, Vice President - Corporate Secretary\n\nSincerely,\n\n/s/  Jim E. Foss\n\n"
        "Name:  Jim E. Foss\nTitle: Senior Vice President\n"
    )
    record = extract(letter)
    assert [g.name for g in record.grantors] == ["Jim E. Foss"]
    assert [a.name for a in record.agents] == ["Lara Stone", "Anna Hale"]


def test_a_principal_labelled_above_its_name_and_a_confirming_statement_ending_in_a_typed_name(extract):
    labelled = (
        "Power of Attorney\n|Principal:\n|Qinghe Data Engineering Co., Ltd.\n|Attorney-in-Fact:\n|Wei Lu\n"
        "The Principal hereby irrevocably authorizes Wei Lu as its Attorney-in-Fact to exercise its voting rights.\n"
    )
    assert [g.name for g in extract(labelled).grantors] == ["Qinghe Data Engineering Co., Ltd."]
    confirming = (
        "CONFIRMING STATEMENT\n\n\tThis Statement confirms that the undersigned has\nauthorized and designated each "
        "of Paul J. Brandt and Roger Pine, signing singly, to\nexecute and file on the undersigned's behalf all "
        "Forms\n3, 4, and 5 with respect to securities of Gold Crest Mining Ltd.  The undersigned\nacknowledges that "
        "they are not assuming any of the undersigned's responsibilities to comply with Section\n16 of the "
        "Securities Exchange Act of 1934.\n\n\n\t\t\t\t\t\t\t\tDavid K. Foley"
    )
    assert [g.name for g in extract(confirming).grantors] == ["David K. Foley"]


def test_a_letter_from_the_company_and_its_officers_to_addressees_without_periods(extract):
    letter = (
        "                          ELMSWORTH POWER GROUP LIMITED\n                                 Wetherby Road\n\n"
        "                                                                 7 December 2000\n\n"
        "Mr Aldo J Pena\n1 Riverside Plaza\nColumbus  Ohio 43215\n\nMr Rupert C Kell\n800 Nicollet Mall\n"
        "Minneapolis\n\n\nDear Sirs\n\n"
        'Elmsworth Power Group Limited (the "Company") proposes to file its Annual Report on Form 10-K.\n\n'
        "The Company and the undersigned directors and officers of the Company, individually as a director and/or "
        "as an officer of the Company, hereby make, constitute and appoint each of you our true and lawful attorney "
        "to sign and cause to be filed the Exchange Act Reports"
    )
    record = extract(letter)
    assert [a.name for a in record.agents] == ["Aldo J Pena", "Rupert C Kell"]
    assert [g.name for g in record.grantors] == ["Elmsworth Power Group Limited"]


def test_registrants_listed_over_a_grant_each_of_them_makes_and_an_issuer_with_its_article(extract):
    listed = (
        "EXHIBIT (j)(3)\nCORBIN FUNDS I\nCORBIN FUNDS II\nCORBIN CREDIT STRATEGIES FUND\n"
        "(each a “Registrant” and collectively, the “Registrants”)\nPOWER OF ATTORNEY\nEach Registrant, and each of "
        "its undersigned officers and trustees hereby nominates, constitutes\nand appoints Ray Dunn and Eli Moss "
        "its/his true and lawful attorney-in-fact to sign a Registration Statement on Form N-2 pursuant to "
        "paragraph (b) of Rule 462 of the Securities Act of 1933"
    )
    record = extract(listed)
    assert [g.name for g in record.grantors] == ["CORBIN FUNDS I", "CORBIN FUNDS II", "CORBIN CREDIT STRATEGIES FUND"]
    assert record.rules == ["Rule 462(b)"]
    article = (
        "Each of the undersigned, being a person required to file a statement under Section 16(a) of the Securities "
        "Exchange Act of 1934 with respect to The Garnet Royalty & Income Fund, a Delaware\nstatutory trust, hereby "
        "appoints Joe Hale to execute statements on Form 3, Form 4 and Form 5.\n"
    )
    assert (extract(article).company, extract(article).company_state) == (
        "The Garnet Royalty & Income Fund",
        "Delaware",
    )
    wrapped = (
        "that the undersigned, as an officer or director of The Hudson Trust Company, Inc., a New\nYork corporation, "
        '(the "Company"), does hereby appoint Tom Renn to sign a registration statement on Form S-3'
    )
    assert extract(wrapped).company_state == "New York"


def test_a_notary_signing_under_the_grantor_and_the_grantor_named_only_where_the_notary_saw_him(extract):
    signed = (
        "POWER OF ATTORNEY\n\n     The undersigned director of Ridgeway Savings Corporation hereby appoints Mara "
        "Quinn, as his true and lawful attorney-in-fact to sign any report under Section 16 of the Securities "
        "Exchange Act of 1934.\n\n     IN WITNESS WHEREOF, I have set my hand this 9th day of May, 2016.\n\n"
        "\t\t\t\t\t/s/ Walter P. Greer, Sr.\n\n\n"
        "\t\t\t\t\t\t\t\t\t\t/s/ Dana L. Pruitt,\nNotary Public\nState of Ohio\n"
    )
    assert [g.name for g in extract(signed).grantors] == ["Walter P. Greer, Sr."]
    seen = (
        "LIMITED POWER OF ATTORNEY The undersigned hereby constitutes and appoints Ann Wolfe as attorney in fact to "
        "file reports on Forms 3, 4 or 5. IN WITNESS WHEREOF, the undersigned has set his hand on this 3rd day of "
        "June 2011 On this 3rd day of June 2011 personally appeared before me, the said Curtis B. Lang to me known "
        "and known to me to be the person who executed the foregoing instrument. Notary Public"
    )
    assert [g.name for g in extract(seen).grantors] == ["Curtis B. Lang"]


def test_agents_listed_below_in_blocks_with_their_offices_and_a_confirmed_appointment(extract):
    letter = (
        "Ms. Carla Voss\n\nMarch 2, 2012\n\nSecurities and Exchange Commission\nWashington, DC 20549\n\n"
        "RE:  Form 4 Signature Authority\n\nDear Sir or Madam:\n\nI hereby authorize and designate the below to "
        "file Form 4 and 5 on my behalf in regards to shares of Pinecrest Lodging Trust, Inc. stock.\n\n"
        "Owen Bradley\nStaff Accountant\nPinecrest Lodging Trust, Inc.\n\n"
        "Rhea M.K. Dalton\nVice President, Director of Financial Reporting\nPinecrest Lodging Trust, Inc.\n\n\n"
        "Cordially,\n\n\n/s/Carla Voss\nCarla Voss\n"
    )
    record = extract(letter)
    assert [a.name for a in record.agents] == ["Owen Bradley", "Rhea M.K. Dalton"]
    assert [g.name for g in record.grantors] == ["Carla Voss"]
    assert record.company == "Pinecrest Lodging Trust, Inc."
    below = (
        "Know all by these presents, that the undersigned hereby constitutes and appoints each of persons listed "
        "below, signing singly, the undersigned's true and lawful attorney-in-fact to:\n\n(1) execute Forms 3, 4 "
        "and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934;\n\n(2) do and perform any "
        "and all acts which may be necessary or desirable to complete and execute any such Form 3, 4 or 5, and "
        "timely file such form with the United States Securities and Exchange Commission and any stock exchange "
        "or similar authority; and\n\n(3) take any other action of any type whatsoever in connection with the "
        "foregoing which, in the opinion of such attorney-in-fact, may be of benefit to the undersigned, it being "
        "understood that the documents executed by such attorney-in-fact on behalf of the undersigned shall be in "
        "such form as such attorney-in-fact may approve in such attorney-in-fact's discretion.\n\n\n"
        "Helen T. Marsh\n\nR. P. Quist, III\n\n\n\tThe undersigned hereby grants to each such attorney-in-fact full "
        "power and authority"
    )
    assert [a.name for a in extract(below).agents] == ["Helen T. Marsh", "R. P. Quist, III"]
    confirmed = (
        "KNOW ALL PERSONS BY THESE PRESENTS, that Lena K. Ostrow, whose signature appears below, designates, "
        "appoints, and constitutes, and hereby confirms the designation, appointment and constitution of, each of "
        "P. Grant Ellery and Nadia R. Sousa as his/her true and lawful attorney-in-fact to file Forms 3, 4 and 5."
    )
    assert [a.name for a in extract(confirmed).agents] == ["P. Grant Ellery", "Nadia R. Sousa"]


def test_signers_with_name_particles_a_witness_column_and_an_unsigned_name_beside_its_date(extract):
    table = (
        "POWER OF ATTORNEY\n\nKNOW ALL MEN BY THESE PRESENTS, That the undersigned directors of Ardent Tool Company "
        "constitute and appoint Ruth Kemper, or any one of them, a true and lawful attorney in fact to sign the "
        "report on Form 10-K.\n\n"
        "Signed in the presence of:         SIGNATURE                             DATE\n\n\n"
        "                                   /s/Gil R. Tanaka                      March 1, 2004\n"
        "/s/Ruth Kemper                     _______________________________\n"
        "                                   Gil R. Tanaka, Director\n"
    )
    assert [g.name for g in extract(table).grantors] == ["Gil R. Tanaka"]
    particles = table.split("Signed in")[0] + (
        "/s/ Pieter deWaal                        /s/ Hendrik v. d. Berg\n"
        "Pieter deWaal                            Hendrik v. d. Berg\n"
        "Director                                 Director\n"
    )
    assert [g.name for g in extract(particles).grantors] == ["Pieter deWaal", "Hendrik v. d. Berg"]
    dated = (
        "POWER OF ATTORNEY\n\n\tThe undersigned director of Tidewater Gas Corporation hereby appoints Eva Lund as "
        "the attorney-in-fact of the undersigned to file reports on Forms 3, 4 and 5.  This Power of Attorney "
        "shall be valid until June 1, 2012.\n\n\nDated:  3/22/2010\t\t\t\t\tMark T. Osgood\n\t\t\t\t\t\t\tDirector"
    )
    record = extract(dated)
    assert [(g.name, g.title) for g in record.grantors] == [("Mark T. Osgood", "Director")]


def test_an_entity_granting_through_its_officer_or_named_in_the_heading_and_keeping_its_article(extract):
    officer = (
        'I, Dale Fenn, as President of Harrow Leasing Co., Inc., a Utah corporation ("Harrow"), hereby authorize '
        "and designate Iris Cole to execute and file, on behalf of Harrow all Schedules 13D and 13G and all Forms 3, "
        "4 and 5 as a result of Harrow's ownership of securities of Bellmont Freight Inc.\n\n"
        "/s/ Dale Fenn                                            Date  May 2, 2003\n"
        "Dale Fenn, President\nHarrow Leasing Co., Inc.\n"
    )
    record = extract(officer)
    assert [g.name for g in record.grantors] == ["Harrow Leasing Co., Inc."]
    assert record.company == "Bellmont Freight Inc."
    heading = (
        "POWER OF ATTORNEY OF QUARRY GATE PARTNERS, LLC The undersigned hereby authorizes and designates each of "
        "Lyle Baird and Joan Pratt signing singly, as the undersigned's true and lawful attorney in fact to execute, "
        'in the undersigned\'s capacity as a greater than 10% shareholder of Corvid Labs, Inc. (the "Company"), '
        "Forms 3, 4 and 5 in accordance with Section 16(a)"
    )
    assert [g.name for g in extract(heading).grantors] == ["QUARRY GATE PARTNERS, LLC"]
    article = (
        "KNOW ALL MEN BY THESE PRESENTS, that the undersigned, THE HARTWELL BRASS COMPANY, a corporation organized "
        "under the laws of the State of Ohio, and the undersigned directors and officers of THE HARTWELL BRASS "
        "COMPANY, hereby constitute and appoint Lee Ruiz their true and lawful attorney to sign a Registration "
        "Statement on Form S-8"
    )
    assert [g.name for g in extract(article).grantors] == ["THE HARTWELL BRASS COMPANY"]


def test_the_issuer_after_an_office_its_department_or_an_equity_security_and_several_named_issuers(extract):
    office = (
        'The undersigned Director of The Bixby-Lowe Company, an Ohio corporation (the "Company"), hereby '
        "constitutes and appoints Ray Ortiz to sign a Registration Statement on Form S-8."
    )
    assert extract(office).company == "The Bixby-Lowe Company"
    department = (
        "The undersigned hereby constitutes and appoints the Chief Executive Officer, Chief Financial Officer and "
        'Director of Finance of Quillon, Inc. (the "Company") as his true and lawful attorney-in-fact to execute '
        "Forms 3, 4 and 5"
    )
    assert extract(department).company == "Quillon, Inc."
    security = (
        "The undersigned hereby appoints Dora Pike to execute, as a beneficial owner of more than 10 percent of any "
        "class of any equity security of Halberd Supply Co. which is registered pursuant to Section 12 of the "
        "Securities Exchange Act of 1934, Forms 3, 4, or 5."
    )
    assert extract(security).company == "Halberd Supply Co."
    several = (
        "KNOW ALL MEN BY THESE PRESENTS, that each of the undersigned, being a director or officer of Marlow Energy "
        'Corporation ("Marlow"), Marlow Gas & Light Company ("MG&L") and Coastal Pipe Company, Inc. ("CPC"), '
        "hereby constitutes and appoints Ed Voigt his true and lawful attorney-in-fact to sign Annual Reports on "
        "Form 10-K"
    )
    assert extract(several).company is None


def test_a_fragment_of_a_section_16_power_is_a_power(extract):
    fragment = (
        "(2) do and perform any and all acts for and on behalf of the undersigned which may be necessary to complete "
        "and execute any such Form 3, 4, or 5 and timely file such forms with the United States Securities and "
        "Exchange Commission; and\n(3) take any other action in connection with the foregoing which, in the opinion "
        "of such attorney-in-fact, may be of benefit to the undersigned, it being understood that the documents "
        "executed by such attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be "
        "in such form as such attorney-in-fact may approve.\n/s/ Rita N. Holm\nSignature\n"
    )
    record = extract(fragment)
    assert (record.is_poa, record.kind) == (True, "section16")


def test_agents_after_an_office_named_first_and_no_agents_among_option_holders(extract):
    office_first = (
        "Each of the undersigned officers and/or directors of Crestline Boots, Inc., an Ohio corporation (the "
        "“Company”), hereby appoints as his true and lawful attorney-in-fact, Carl Ames,\nDina R. Holt, and Omar "
        "F. Reyes, or any of them individually, to sign the Company’s registration statement on Form S-3"
    )
    assert [a.name for a in extract(office_first).agents] == ["Carl Ames", "Dina R. Holt", "Omar F. Reyes"]
    options = (
        "hereby constitutes and appoints Lena Park and Tom Ives, and each of them, his true and lawful attorneys to "
        "sign a Registration Statement on Form S-8 relating to options granted to Lena Park and Victor\nM. Hale not "
        "under any plan"
    )
    assert [a.name for a in extract(options).agents] == ["Lena Park", "Tom Ives"]


def test_issuer_names_after_their_securities_with_a_comma_a_lower_case_n_or_a_share_class(extract):
    comma = (
        "hereby appoints Ann Roe to execute any and all notices under Rule 144 with respect to sales of shares of "
        "common stock, without par value, or other securities, of Carbon Plate, Inc., including all notices"
    )
    assert extract(comma).company == "Carbon Plate, Inc."
    connector = (
        "in the undersigned’s capacity as an officer and/or director of The Burger n Fries Company (the "
        '"Company"), Forms 3, 4, 5 and 144'
    )
    assert extract(connector).company == "The Burger n Fries Company"
    stock = (
        "the undersigned hereby appoints Bo Lind to execute a Schedule 13D related to such person’s ownership of "
        "Common Stock of Veltro Incorporation (the “Company”), as may be required"
    )
    assert extract(stock).company == "Veltro Incorporation"


def test_a_slip_in_the_printed_name_and_a_last_signature_cut_off_in_its_line(extract):
    slip = (
        "This statement confirms that the undersigned,Harold P. Ricci, has authorized and designated Ann Lowe to "
        "execute and file on the undersigned's behalf all forms under Section 16.\n\n"
        "Signature:\t/s/ Harold P. Ricci\n\nName:  \t\tHarld P. Ricci\n\nDate:  July 9, 2014\n"
    )
    assert [g.name for g in extract(slip).grantors] == ["Harold P. Ricci"]
    cut = (
        "KNOW ALL MEN BY THESE PRESENTS, that each of the undersigned directors of Lyle Stores Co. hereby appoints "
        "MARK T. DOE his attorney to sign the Form 10-K.\nIN WITNESS WHEREOF, each of the undersigned has subscribed "
        "his name, this 13th day of March, 2002.\n|\n/s/Ira B. Stone________________\n|Director\n|\n"
        "/s/Donna J. Kell__"
    )
    assert [g.name for g in extract(cut).grantors] == ["Ira B. Stone", "Donna J. Kell"]


def test_an_entity_that_defines_itself_and_its_agent_by_terms(extract):
    text = (
        "Power of Attorney\nNanhu Cloud Technology Co., Ltd., a limited liability company established under the laws "
        "of the People’s Republic of China (“China”) (the “Authorizer”), issues this Power of Attorney.\nWHEREAS:\n"
        "(1) A series of agreements have been concluded by and between the Authorizer, Hexi Data Services Co., Ltd. "
        "(the “WFOE”) and the Company.\nTHEREFORE, the Authorizer hereby irrevocably selects, entrusts and appoints "
        "WFOE or its designated person (collectively the “Agent”) to exercise on its behalf all its rights"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Nanhu Cloud Technology Co., Ltd."]
    assert [a.name for a in record.agents] == ["Hexi Data Services Co., Ltd."]


def test_an_issuer_with_its_ticker_or_named_after_the_acts_its_registration_statements_fall_under(extract):
    ticker = (
        "the undersigned hereby constitutes and appoints each of Jo Marsh and Al Penn, signing singly, true and "
        "lawful attorneys in fact relative to the undersigned's securities of The Birch Mower Company (BMC) to:\n"
        "(1) execute Forms 3, 4 and 5 in accordance with Section 16(a)"
    )
    assert extract(ticker).company == "The Birch Mower Company"
    acts = (
        "the undersigned hereby constitutes and appoints Lee Hart, his attorney-in-fact, to sign Registration "
        "Statements under the Securities Act of 1933 and the Investment Company Act of 1940 for Aspen Ridge "
        "Investment Trust with respect to any or all series thereof"
    )
    assert extract(acts).company == "Aspen Ridge Investment Trust"


def test_an_alternate_agent_and_agents_with_their_home_addresses(extract):
    absent = (
        "The undersigned, Rhea Collins, hereby constitutes and appoints Martin\nF. Oakes, or, in his absence, Nadia "
        "P. Vance, as the undersigned's true and lawful attorney-in-fact to sign any Form 4"
    )
    assert [a.name for a in extract(absent).agents] == ["Martin F. Oakes", "Nadia P. Vance"]
    residing = (
        "the undersigned hereby constitutes and appoints each of Ellen K. Shore, residing at 14 Birch Hollow Rd. "
        "East,\nCedar Falls, IA 50613 and Victor M. Lund, residing at 210 Quarry Lane, Port\nJervis, NY 12771, "
        "severally, as the undersigned's true and lawful attorneys-in-fact to execute Forms 3, 4 and 5"
    )
    assert [a.name for a in extract(residing).agents] == ["Ellen K. Shore", "Victor M. Lund"]


def test_issuer_by_its_present_name_and_after_a_parenthesis_on_its_securities(extract):
    renamed = (
        "hereby appoints Ann Lee, signing singly, to execute in the undersigned's capacity as a director of Redwood "
        'Harbor Bancorp,\nformerly known as Marsh Valley Financial Corporation (the "Company"), Forms 3, 4 and 5'
    )
    assert extract(renamed).company == "Redwood Harbor Bancorp"
    bracketed = (
        "Ivan Pole hereby appoints Ann Lee, his attorney-in-fact, to execute Forms 3, 4 or 5 relating to equity "
        "securities (including derivative securities) of Quill & Brook Orchards, Inc. (and its successors), and to "
        "file the same"
    )
    assert extract(bracketed).company == "Quill & Brook Orchards, Inc."


def test_a_numbered_trust_signing_by_its_trustee_and_a_mark_on_a_signing_rule(extract):
    trust = (
        "KNOW ALL MEN BY THESE PRESENTS, that the person whose signature appears below constitutes and appoints Ann "
        "Lee, his true and lawful attorney-in-fact, to sign any and all Forms 3, 4 or 5.\n\n1998 Harbor Family "
        "Trust\n\n\nBy:  /s/ Owen Hale\n       Name: Owen Hale\n       Title: Trustee\n\nDate: May 3, 2013"
    )
    assert [g.name for g in extract(trust).grantors] == ["1998 Harbor Family Trust"]
    rule = (
        "KNOW ALL MEN BY THESE PRESENTS, that the person whose signature appears below constitutes and appoints Ann "
        "Lee, his true and lawful attorney-in-fact, to sign any and all Forms 3, 4 or 5.\n\nSignature\nTitle\nDate"
        "\n\n\n_/s/______________________\nGrace Tilden\n\n\nDirector\n\n\nMarch 9, 2010"
    )
    record = extract(rule)
    assert [(g.name, g.title) for g in record.grantors] == [("Grace Tilden", "Director")]
    assert record.execution_date == dt.date(2010, 3, 9)


def test_the_agent_who_signs_by_power_of_attorney_grants_nothing(extract):
    text = (
        "This Statement confirms that the undersigned, Iris Vane, has authorized and designated either Paul Roe or "
        "Dana K. Mills to execute and file on the undersigned's behalf all Forms 3, 4 and 5.\n\n"
        "Date:__________\n\n__________________\nDana K. Mills, by Power of Attorney\non behalf of Iris Vane"
    )
    assert [g.name for g in extract(text).grantors] == ["Iris Vane"]


def test_an_expiry_as_of_a_date_is_no_execution_date(extract):
    text = (
        "The undersigned, Omar Reyes, hereby appoints Ann Lee as his attorney-in-fact to sign any Form 4 or 5. This "
        "authorization shall expire as of March 1, 2009.\n\n/s/ Omar Reyes\n"
    )
    record = extract(text)
    assert record.execution_date is None
    assert record.expiration_date == dt.date(2009, 3, 1)


def test_an_office_wrapped_around_the_printed_name_and_a_maternal_initial(extract):
    text = (
        "We, the undersigned directors and officers of Lark Tool Co., hereby appoint R. T. Vole as our "
        "Attorney-in-Fact for the purpose of signing the Form 10-K of Lark Tool Co.\nDated: May 2, 2004\n"
        "/s/ S. P. Wren Executive Vice President\nand Chief Financial\nS. P. Wren Officer and Director\n"
        "/s/ M. Olmos R. Director\nM. Olmos R.\n"
    )
    record = extract(text)
    assert [(g.name, g.title) for g in record.grantors] == [
        ("S. P. Wren", "Executive Vice President and Chief Financial Officer and Director"),
        ("M. Olmos R.", "Director"),
    ]


def test_an_office_wrapped_at_a_connector_or_a_bracket_and_no_office_from_a_choice_or_a_verb(extract):
    wrapped = (
        "KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints "
        "Ann Lee, his true and lawful attorney-in-fact, to sign the Annual Report on Form 10-K.\n\n"
        "/s/ Hugo Marsh                        March 2, 2004\n---------------------         ------------\n"
        "Hugo Marsh, Chairman\nof the Board and CEO\n(Principal Executive Officer)\n\n"
        "/s/ Ada Quill                         March 2, 2004\n---------------------         ------------\n"
        "Ada Quill, Senior Vice\nPresident and CFO\n(Principal Financial and Accounting\nOfficer)\n"
    )
    assert [(g.name, g.title) for g in extract(wrapped).grantors] == [
        ("Hugo Marsh", "Chairman of the Board and CEO (Principal Executive Officer)"),
        ("Ada Quill", "Senior Vice President and CFO (Principal Financial and Accounting Officer)"),
    ]
    choice = (
        "The undersigned, Lena Vogt, an officer and/or director of Pine Hill Corp., hereby appoints Ann Lee to "
        "execute Forms 3, 4 and 5.\n\n/s/ Lena Vogt\n"
    )
    assert [(g.name, g.title) for g in extract(choice).grantors] == [("Lena Vogt", None)]
    verb = (
        "This Confirming Statement confirms that the undersigned,\nNora E. Quint, has authorized, directed and "
        "designated each of Ann\nLee and Bo Wu to execute Forms 3, 4 and 5."
    )
    assert [(g.name, g.title) for g in extract(verb).grantors] == [("Nora E. Quint", None)]


def test_a_certifying_secretary_grants_nothing_and_an_alternate_in_case_of_absence(extract):
    text = (
        "I, Irene Dahl, Assistant Secretary of Fernway Mills, Inc., do hereby certify that at a meeting of the Board "
        "of Directors held on the 3rd day of March, 2008, the following resolution was adopted.\nRESOLVED That the "
        "annual report on Form 10-K is approved and its execution by attorneys-in-fact is authorized.\nIN WITNESS "
        "WHEREOF, I have hereunto set my hand this 3rd day of March, 2008.\n|/s/ Irene Dahl\n|Irene Dahl\n\n"
        "POWER OF ATTORNEY\nI, Carl Brandt, as a Director of Fernway Mills, Inc., do hereby constitute and appoint, "
        "OTTO KRANE or, in the case of his absence or inability to act as such, IRENE DAHL, my agent, to sign the "
        "Company's Annual Report on Form 10-K.\n|/s/ Carl Brandt\n|Carl Brandt\n"
    )
    record = extract(text)
    assert [g.name for g in record.grantors] == ["Carl Brandt"]
    assert [a.name for a in record.agents] == ["OTTO KRANE", "IRENE DAHL"]


def test_a_printed_name_label_under_a_bare_mark_and_two_issuers_side_by_side(extract):
    label = (
        "The undersigned does hereby appoint Ann Lee as the undersigned's attorney-in-fact to file Forms 4 and 5.\n\n"
        "IN WITNESS WHEREOF, the undersigned has set his hand this 5th day of June, 2003\n\n\nSignature:  /s/\n\n"
        "Print Name:R. Oakhurst"
    )
    assert [g.name for g in extract(label).grantors] == ["R. Oakhurst"]
    two = (
        "I hereby appoint Ann Lee as my attorney-in-fact to sign any Form 4 required to be filed by me with regard to "
        "my ownership of securities of Calder Holdings, Inc. and Calder Flooring Industries, Inc.\n\n/s/ Max Roe\n"
    )
    assert extract(two).company is None


def test_the_office_stated_as_the_capacity_the_power_is_for(extract):
    person = (
        "Know all by these presents, that the undersigned hereby constitutes and appoints Ann Lee, signing singly, "
        "to execute for and on behalf of the undersigned, in the undersigned's capacity as a director of Orrin "
        "Valve Corp., Forms 3, 4 and 5.\n\n/s/ Hal Brent\n"
    )
    assert [(g.name, g.title) for g in extract(person).grantors] == [("Hal Brent", "Director")]
    trust = (
        "Know all by these presents, that each of the undersigned trustees of the Alma Reed Endowment for Lakeview "
        'College (the "Trust") hereby appoints Ann Lee the Trust\'s attorney-in-fact to execute Forms 3, 4 and 5 on '
        "behalf of the Trust, as fully as such undersigned, in its capacity as a trustee of the Trust, might do."
    )
    assert all(g.title is None for g in extract(trust).grantors)
