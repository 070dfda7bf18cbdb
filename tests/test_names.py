"""Name shapes and list splitting."""

from __future__ import annotations

import pytest

from pipeline.nlp.names import is_org_name, is_person_name, leading_name, norm_key, split_names, strip_person


@pytest.mark.parametrize(
    ("region", "items"),
    [
        (
            "Maria T. Alvarez, Robert Chen and Dana K. Whitfield",
            ["Maria T. Alvarez", "Robert Chen", "Dana K. Whitfield"],
        ),
        ("Maria T. Alvarez and/or Robert Chen", ["Maria T. Alvarez", "Robert Chen"]),
        ("Samuel P. Greer, Jr., Olivia Brandt", ["Samuel P. Greer, Jr.", "Olivia Brandt"]),
        ("Keith Dunmore, Esq., Lena Park", ["Keith Dunmore", "Lena Park"]),
        (
            "Harbor Point Capital Management and Development Co., Ltd.",
            ["Harbor Point Capital Management and Development Co., Ltd."],
        ),
        ("PRIYA NAIR, TOMAS EKLUND AND GRACE O'NEILL", ["PRIYA NAIR", "TOMAS EKLUND", "GRACE O'NEILL"]),
        (  # two people, then the firm they work for: not one firm named after partners
            "Andrew Stephens and Sophie Hubscher of Hartwell Systems, Inc.",
            ["Andrew Stephens", "Sophie Hubscher of Hartwell Systems, Inc."],
        ),
    ],
)
def test_split_names(region, items):
    assert [i.text for i in split_names(region)] == items


def test_split_names_offsets_point_into_the_region():
    region = "Ann Lee, and Bo Xu"
    for item in split_names(region, offset=100):
        assert region[item.start - 100 : item.end - 100] == item.text


@pytest.mark.parametrize(
    "name",
    [
        "Nicole S. Jones",
        "W. G. Reed, Jr.",
        "D.J. Smith",
        "F N Subedar",
        "Marc De Oliveira",
        "JAMES O'BRIEN",
        "José Núñez",
        "Gilbert Lane",  # a street word, and a surname
        "L. J. May, Jr.",  # a month, and a surname
        "Rebecca Page",
        "Maryse C. St.\nLaurent",  # 'St.' as a particle, the name wrapped at it
        "WOLFE “BILL” H. BRAGIN",  # a nickname in capitals
    ],
)
def test_person_names(name):
    assert is_person_name(name)


@pytest.mark.parametrize(
    "text", ["Managing Director", "Securities and Exchange Commission", "Edith E. H", "the undersigned", "Smith"]
)
def test_not_person_names(text):
    assert not is_person_name(text)


def test_office_words_are_allowed_in_a_signed_name():
    assert not is_person_name("David Officer")
    assert is_person_name("David Officer", strict=False)


def test_organizations():
    assert is_org_name("Acme Widgets, Inc.")
    assert is_org_name("The Riverbend Trust")
    assert is_org_name("HOLLOWAY PARTNERS III, L.P.")
    assert not is_org_name("Nicole S. Jones")


def test_leading_name_stops_where_the_office_begins():
    assert leading_name("NORMAN E. GAUT Chief Executive Officer, Chairman of the") == "NORMAN E. GAUT"
    assert leading_name("Jan Leschly Member, Care Capital") == "Jan Leschly"
    assert leading_name("April R. Davis    Director") == "April R. Davis"  # a month, here a first name
    assert leading_name("April 5, 2004") == ""
    assert leading_name("Ann Lee Ann Lee, Director") == "Ann Lee"  # the signature and the printed name
    assert strip_person("Sir John Banham") == "John Banham"
    assert strip_person("Sonal Desai, Ph.D") == "Sonal Desai"
    assert norm_key("W.G. Jurgensen") == norm_key("W. G. JURGENSEN")
