"""EDGAR full-submission files: header facts, member splitting, uudecoding, safety, cross-checks, fuzzing,
and the dev set wrapped in submissions scoring like the plain exhibits."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.checks import cross_checks, same_company, same_person
from pipeline.evaluate import evaluate, load_gold
from pipeline.extract import extract_path
from pipeline.ingest import READERS, ReadError, ReadOptions
from pipeline.ingest.edgar import MAX_MEMBERS, is_submission, parse_submission, poa_members, uudecode
from pipeline.ingest.html import read_html
from pipeline.ingest.text import decode, read_text
from pipeline.types import Filing, Party, PoaRecord

from .conftest import GOLD_DIR
from .tools.edgar_wrap import uuencode, wrap_submission
from .tools.html_render import text_to_html

DEV = GOLD_DIR / "dev"
OPTIONS = ReadOptions()
FUZZ = settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

SEED = (DEV / "dev_000.txt").read_text(encoding="utf-8")
CIGNA = {
    "owner_name": "STORRER SCOTT",
    "owner_cik": "0001234567",
    "issuer_name": "CIGNA CORP",
    "issuer_cik": "0000701221",
    "accession": "0001209191-07-004123",
    "filing_date": "2007-01-23",
}


def _pdf(lines: list[str]) -> bytes:
    """A small one-page PDF with a text layer."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for i, line in enumerate(lines):
        page.drawString(72, 740 - 16 * i, line)
    page.save()
    return buffer.getvalue()


def _doc(seq: int | str, kind: str, body: str, filename: str = "x.txt", description: str = "") -> str:
    return (
        f"<DOCUMENT>\n<TYPE>{kind}\n<SEQUENCE>{seq}\n<FILENAME>{filename}\n<DESCRIPTION>{description}\n"
        f"<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n"
    )


def _submission(*docs: str, header: str = "ACCESSION NUMBER:\t0000000001-24-000001\n") -> bytes:
    head = f"<SEC-DOCUMENT>x.txt : 20240102\n<SEC-HEADER>\n{header}</SEC-HEADER>\n"
    return f"{head}{''.join(docs)}</SEC-DOCUMENT>\n".encode()


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


# --- header and members -------------------------------------------------------------------------------------


def test_header_fields_and_members_are_parsed():
    sub = parse_submission(wrap_submission(SEED, **CIGNA), OPTIONS)
    assert sub.accession_number == "0001209191-07-004123"
    assert sub.submission_type == "4"
    assert sub.filing_date == dt.date(2007, 1, 23)
    assert (sub.issuer_name, sub.issuer_cik) == ("CIGNA CORP", "0000701221")
    assert sub.reporting_owners == [{"name": "STORRER SCOTT", "cik": "0001234567"}]
    assert [(m.sequence, m.type, m.filename, m.suffix) for m in sub.members] == [
        (1, "4", "doc4.xml", ".txt"),
        (2, "EX-24", "ex24.txt", ".txt"),
    ]
    exhibit = poa_members(sub)
    assert [m.sequence for m in exhibit] == [2]
    assert exhibit[0].description == "POWER OF ATTORNEY"
    assert exhibit[0].data.decode("utf-8") == SEED
    filing = sub.filing_for(exhibit[0])
    assert (filing.member_sequence, filing.member_type, filing.member_filename) == (2, "EX-24", "ex24.txt")
    assert filing.reporting_owners == sub.reporting_owners and filing.reporting_owners is not sub.reporting_owners


def test_ownership_xml_wins_and_the_header_is_the_fallback():
    data = wrap_submission(SEED, **CIGNA)
    xml_named = data.replace(b"<rptOwnerName>STORRER SCOTT<", b"<rptOwnerName>Storrer Scott A.<")
    xml_named = xml_named.replace(b"<issuerName>CIGNA CORP<", b"<issuerName>Cigna Corporation<")
    sub = parse_submission(xml_named, OPTIONS)
    assert sub.reporting_owners == [{"name": "Storrer Scott A.", "cik": "0001234567"}]
    assert sub.issuer_name == "Cigna Corporation"
    broken = xml_named.replace(b"</ownershipDocument>", b"</ownershipDocumen")
    assert parse_submission(broken, OPTIONS).reporting_owners == [{"name": "STORRER SCOTT", "cik": "0001234567"}]
    laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n'
        b"<ownershipDocument>"
    )
    bomb = xml_named.replace(b'<?xml version="1.0"?>\n<ownershipDocument>', laughs)
    assert bomb != xml_named
    sub = parse_submission(bomb, OPTIONS)
    assert sub.issuer_name == "CIGNA CORP" and sub.reporting_owners[0]["name"] == "STORRER SCOTT"


def test_submission_tag_style_nc_file(tmp_path, nlp):
    nc = (
        "<SUBMISSION>\n<ACCESSION-NUMBER>0001209191-07-004123\n<TYPE>4\n<PUBLIC-DOCUMENT-COUNT>2\n"
        "<FILING-DATE>20070123\n<ISSUER>\n<COMPANY-DATA>\n<CONFORMED-NAME>CIGNA CORP\n<CIK>0000701221\n"
        "</COMPANY-DATA>\n</ISSUER>\n<REPORTING-OWNER>\n<OWNER-DATA>\n<CONFORMED-NAME>STORRER SCOTT\n"
        "<CIK>1234567\n</OWNER-DATA>\n<FILING-VALUES>\n<FORM-TYPE>4\n</FILING-VALUES>\n</REPORTING-OWNER>\n"
        + _doc(1, "4", "<XML>\nnot xml at all\n</XML>", "doc4.xml")
        + _doc(2, "EX-24", SEED, "ex24.txt", "POA")
        + "</SUBMISSION>\n"
    ).encode()
    assert is_submission(nc[:4096])
    sub = parse_submission(nc, OPTIONS)
    assert (sub.accession_number, sub.submission_type, sub.filing_date) == (
        "0001209191-07-004123",
        "4",
        dt.date(2007, 1, 23),
    )
    assert (sub.issuer_name, sub.issuer_cik) == ("CIGNA CORP", "0000701221")
    assert sub.reporting_owners == [{"name": "STORRER SCOTT", "cik": "0001234567"}]
    path = tmp_path / "0001209191-07-004123.nc"
    path.write_bytes(nc)
    [record] = extract_path(path, nlp=nlp)
    assert record.filing.accession_number == "0001209191-07-004123"
    assert [g.name.lower() for g in record.grantors] == ["scott storrer"] and record.checks == []


def test_is_submission_only_for_submission_files():
    assert is_submission(wrap_submission(SEED, **CIGNA)[:4096])
    assert is_submission(b"\xef\xbb\xbf\r\n<SEC-HEADER>0001.hdr.sgml : 20070123\n")
    assert is_submission(b"<DOCUMENT>\n<TYPE>EX-24\n<TEXT>\nx\n</TEXT>\n</DOCUMENT>\n")
    assert not is_submission(b"<DOCUMENT> is a word here, with no member lines")
    assert not is_submission(b"<html><body>POWER OF ATTORNEY</body></html>")
    for path in sorted(DEV.glob("*.txt")):
        assert not is_submission(path.read_bytes()[:4096]), path.name


def test_poa_members_by_type_and_description_in_sequence_order():
    data = _submission(
        _doc(5, "EX-24.2", "second poa"),
        _doc(1, "10-K", "annual report", "k.htm"),
        _doc(4, "EX-99", "limited poa", description="Limited Power of Attorney"),
        _doc(3, "EX-24.1", "first poa"),
        _doc(2, "EX-10.1", "an agreement", description="Employment agreement"),
        _doc(6, "EX-24", "   \n", description="empty exhibit"),
        _doc(7, "EX-240", "not an ex-24"),
    )
    assert [m.data for m in poa_members(parse_submission(data, OPTIONS))] == [
        b"first poa",
        b"limited poa",
        b"second poa",
    ]


def test_suffix_from_filename_else_sniffed():
    html = "<html><body><p>POWER OF ATTORNEY</p></body></html>"
    data = _submission(
        _doc(1, "EX-24", html, "ex24.htm"),
        _doc(2, "EX-24", html, "ex24"),
        _doc(3, "EX-24", "<PAGE>\nPOWER OF ATTORNEY", "ex24.doc"),
        _doc(4, "EX-24", "<PDF>\n" + uuencode(_pdf(["POA"]), "x.bin") + "\n</PDF>", "scan.bin"),
        _doc(5, "GRAPHIC", uuencode(b"GIF89a" + bytes(40), "g.gif"), "g.gif"),
    )
    assert [m.suffix for m in parse_submission(data, OPTIONS).members] == [".htm", ".htm", ".txt", ".pdf", ".gif"]


# --- through extract_path ------------------------------------------------------------------------------------


def test_text_html_and_uuencoded_pdf_exhibits_through_extract_path(tmp_path, nlp):
    pdf = _pdf(
        [
            "POWER OF ATTORNEY",
            "Know all by these presents, that the undersigned hereby constitutes and appoints",
            "Nicole S. Jones as the undersigned's true and lawful attorney-in-fact to execute",
            "Forms 3, 4 and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934.",
            "/s/ Scott Storrer",
        ]
    )
    path = tmp_path / "text.txt"
    path.write_bytes(wrap_submission(SEED, **CIGNA, uuencode_pdf=pdf))
    text, scan = extract_path(path, nlp=nlp)
    assert text.text_source == "txt" and scan.text_source == "pdf"
    assert "attorney-in-fact" in scan.text and "Nicole S. Jones" in scan.text
    assert (text.filing.member_sequence, scan.filing.member_sequence) == (2, 3)
    assert scan.filing.member_type == "EX-24.2" and scan.filing.issuer_cik == "0000701221"
    assert [g.name.lower() for g in text.grantors] == ["scott storrer"]
    assert text.company == "CIGNA Corporation" and text.checks == []
    assert text.source == str(path) and text.doc_id != scan.doc_id

    html_path = tmp_path / "html.txt"
    html_path.write_bytes(wrap_submission(text_to_html(SEED), **CIGNA, exhibit_filename="ex24.htm"))
    [html] = extract_path(html_path, nlp=nlp)
    assert html.text_source == "html"
    assert [g.name.lower() for g in html.grantors] == ["scott storrer"]
    assert [a.name for a in html.agents] == [a.name for a in text.agents]
    assert html.to_dict()["accession_number"] == "0001209191-07-004123"


def test_filename_is_never_a_path(tmp_path, nlp, monkeypatch):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    planted = tmp_path / "planted.txt"
    evil = [
        "../../etc/passwd",
        str(planted),
        "..\\..\\boot.ini",
        "/etc/../../" + "x" * 300 + ".txt",
        "\x00.pdf",
    ]
    docs = [_doc(i + 1, "EX-24", SEED, name) for i, name in enumerate(evil)]
    path = work / "evil.txt"
    path.write_bytes(_submission(*docs))
    before = _files_under(tmp_path)
    etc = {p.name: p.stat().st_mtime_ns for p in Path("/etc").iterdir() if p.name == "passwd"}
    members = parse_submission(path.read_bytes(), OPTIONS).members
    assert [m.filename for m in members][:3] == evil[:3]
    assert all(m.suffix == ".txt" and m.suffix in READERS for m in members)
    records = extract_path(path, nlp=nlp)
    assert len(records) == len(evil) and all(r.grantors for r in records)
    assert _files_under(tmp_path) == before and not planted.exists()
    assert {p.name: p.stat().st_mtime_ns for p in Path("/etc").iterdir() if p.name == "passwd"} == etc
    assert not any("passwd" in name for name in os.listdir(work))


def test_submission_without_poa_exhibit_is_a_read_error(tmp_path, nlp):
    path = tmp_path / "no-ex24.txt"
    path.write_bytes(_submission(_doc(1, "10-K", "annual report"), _doc(2, "EX-21", "subsidiaries")))
    with pytest.raises(ReadError) as err:
        extract_path(path, nlp=nlp)
    assert "no power-of-attorney exhibit" in err.value.message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "no <DOCUMENT>"),
        (b"<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER: 1\n</SEC-HEADER>\n", "no <DOCUMENT>"),
        (b"<SEC-DOCUMENT>\n" + b"<DOCUMENT>\n<TYPE>X\n</DOCUMENT>\n" * (MAX_MEMBERS + 1), "over 1,000 documents"),
        (_submission(_doc(1, "EX-24", "begin 644 x.pdf\nM" + "a" * 60 + "\nend")), "corrupt uuencoded"),
    ],
)
def test_malformed_submissions_raise_one_sentence_read_errors(data, words):
    with pytest.raises(ReadError) as err:
        parse_submission(data, OPTIONS)
    assert words in err.value.message and "\n" not in err.value.message and err.value.stage == "read"


def test_size_limit_and_corrupt_graphic_beside_a_good_exhibit():
    data = _submission(_doc(1, "GRAPHIC", "begin 644 g.jpg\nMaaaa\nend", "g.jpg"), _doc(2, "EX-24", "poa"))
    with pytest.raises(ReadError, match="over the 100-byte limit"):
        parse_submission(data, ReadOptions(max_bytes=100))
    sub = parse_submission(data, OPTIONS)
    assert sub.members[0].data == b"" and [m.data for m in poa_members(sub)] == [b"poa"]


@pytest.mark.parametrize(
    "header",
    [b"A" + b" " * 2_000_000, b"<" + b"a" * 2_000_000, b"<a" * 1_000_000, b"COMPANY CONFORMED NAME: " * 100_000],
)
def test_hostile_headers_parse_in_linear_time(header):
    started = time.perf_counter()
    data = b"<SEC-HEADER>\n" + header + b"\n</SEC-HEADER>\n" + _doc(1, "EX-24", "poa").encode()
    assert [m.data for m in poa_members(parse_submission(data, OPTIONS))] == [b"poa"]
    assert time.perf_counter() - started < 3


def test_truncated_submission_keeps_what_it_has():
    data = _submission(_doc(1, "EX-24", "first")) + b"<DOCUMENT>\n<TYPE>EX-24.1\n<SEQUENCE>2\n<TEXT>\nsecond, cut"
    assert [m.data for m in poa_members(parse_submission(data, OPTIONS))] == [b"first", b"second, cut"]


# --- uudecoding ----------------------------------------------------------------------------------------------


def test_uudecode_handles_edgar_encoder_quirks():
    payload = bytes(range(256)) * 3 + b"\x00" * 50
    assert uudecode(uuencode(payload, "a.pdf").encode()) == payload
    assert uudecode(uuencode(payload, "a.pdf", backtick=False, strip=True).encode()) == payload
    lines = uuencode(payload, "a.pdf").split("\n")
    padded = "\r\n".join(line + "  XX" if line.startswith("M") else line for line in lines)
    assert uudecode(padded.encode()) == payload
    assert uudecode(b"\n\nbegin 644 x\n#0V%T\n") == b"Cat"  # no "end": a cut file keeps its data
    for bad in (b"no begin line\n#0V%T\nend", b"begin 644 x\n`\nend\n", b"begin 644 x\n#0v%T\nend"):
        with pytest.raises(ReadError):
            uudecode(bad)


# --- cross-checks --------------------------------------------------------------------------------------------


def _record(grantors: list[str], company: str | None) -> PoaRecord:
    parties = [Party("grantor", name, None, 0, 0) for name in grantors]
    return PoaRecord(doc_id="x", source="x", text_source="txt", n_chars=0, grantors=parties, company=company)


def test_cross_checks_both_ways():
    filing = Filing(
        issuer_name="CIGNA CORP /DE/",
        reporting_owners=[{"name": "STORRER SCOTT A", "cik": "1"}, {"name": "JURGENSEN WILLIAM G", "cik": "2"}],
    )
    assert cross_checks(_record(["Scott A. Storrer"], "CIGNA Corporation"), filing) == []
    assert cross_checks(_record(["W. G. Jurgensen"], "Cigna Corp."), filing) == []
    assert cross_checks(_record(["Jane Doe", "Scott Storrer"], "CIGNA"), filing) == []
    assert cross_checks(_record(["Jane Doe"], "Aetna Inc."), filing) == [
        "grantor not among reporting owners",
        "company differs from issuer",
    ]
    assert cross_checks(_record(["Scott Storrer"], None), Filing()) == []
    assert cross_checks(_record([], "Aetna Inc."), Filing(reporting_owners=filing.reporting_owners)) == []
    assert same_company("The Walt Disney Company", "WALT DISNEY CO") and not same_company("Apple Inc", "Alphabet Inc")
    assert same_person("WPX Energy, Inc.", "WPX ENERGY INC") and not same_person("Scott Storrer", "Scott Jones")


# --- property-based fuzzing: nothing but ReadError ever escapes --------------------------------------------


def _parse_and_read(data: bytes) -> None:
    try:
        sub = parse_submission(data, OPTIONS)
    except ReadError:
        return
    for member in sub.members:
        assert member.suffix in READERS or member.suffix in (".pdf", ".png", ".jpg", ".gif", ".tif")
        assert isinstance(member.data, bytes)
        sub.filing_for(member)
        if member.suffix in (".txt", ".htm"):
            with contextlib.suppress(ReadError):
                READERS[member.suffix](member.data, OPTIONS)
    poa_members(sub)


VALID = wrap_submission(SEED[:1500], **CIGNA, uuencode_pdf=b"%PDF-1.4\n" + bytes(range(200)))
TOKENS = [
    b"<SEC-DOCUMENT>", b"<SEC-HEADER>", b"</SEC-HEADER>", b"<SUBMISSION>", b"<DOCUMENT>", b"</DOCUMENT>",
    b"<TEXT>", b"</TEXT>", b"<TYPE>EX-24", b"<TYPE>", b"<SEQUENCE>2", b"<SEQUENCE>99999999999", b"<FILENAME>",
    b"<FILENAME>../x.pdf", b"<DESCRIPTION>POWER OF ATTORNEY", b"<PDF>", b"</PDF>", b"<XML>", b"</XML>",
    b"begin 644 x.pdf", b"M86)C", b"`", b"end", b"ISSUER:", b"REPORTING-OWNER:", b"COMPANY CONFORMED NAME: X",
    b"CENTRAL INDEX KEY: 12", b"FILED AS OF DATE: 20071399", b"<ISSUER>", b"<CIK>\xb2", b"<ownershipDocument>",
    b"<!DOCTYPE x>", b"\n", b"\r\n", b" ", b"\x00", b"\xff",
]  # fmt: skip


@FUZZ
@given(st.binary(max_size=4096))
def test_fuzz_parse_submission_arbitrary_bytes(data):
    _parse_and_read(data)
    _parse_and_read(b"<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-24\n<TEXT>\n" + data)


@FUZZ
@given(st.lists(st.sampled_from(TOKENS) | st.binary(max_size=20), max_size=60))
def test_fuzz_parse_submission_tag_soup(parts):
    _parse_and_read(b"".join(parts))
    _parse_and_read(b"\n".join(parts))


@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(0, len(VALID)), st.integers(0, 200), st.sampled_from(TOKENS) | st.binary(max_size=30)),
        min_size=1,
        max_size=6,
    )
)
def test_fuzz_parse_submission_mutated_valid(edits):
    data = VALID
    for at, cut, insert in edits:
        at = min(at, len(data))
        data = data[:at] + insert + data[at + cut :]
    _parse_and_read(data)


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from([b"begin 644 x.pdf\n", b"begin 600 a\r\n", b"\n begin 0644 b\n"]))
def test_fuzz_uudecode(data, begin):
    for blob in (data, begin + data, begin + re.sub(rb"[^\x20-\x60\n]", b"M", data)):
        with contextlib.suppress(ReadError):
            assert isinstance(uudecode(blob), bytes)


@FUZZ
@given(st.binary(max_size=3000), st.booleans(), st.booleans())
def test_fuzz_uuencode_round_trip(data, backtick, strip):
    if not data:
        return
    assert uudecode(uuencode(data, "x.bin", backtick=backtick, strip=strip).encode()) == data


@FUZZ
@given(st.binary(max_size=4096))
def test_fuzz_text_and_html_readers_bytes(data):
    for reader in (read_text, read_html):
        with contextlib.suppress(ReadError):
            assert isinstance(reader(data, OPTIONS).text, str)


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_fuzz_text_and_html_readers_text(text, codec):
    markup = f"<html><body><p>{text}</p><table><tr><td>{text[::-1]}</td></tr></table></body></html>"
    for reader, source in ((read_text, text), (read_html, markup), (read_html, text)):
        try:
            data = source.encode(codec)
        except UnicodeEncodeError:
            continue
        with contextlib.suppress(ReadError):
            assert isinstance(reader(data, OPTIONS).text, str)


@FUZZ
@given(st.text(max_size=80), st.text(max_size=80))
def test_fuzz_name_comparisons(a, b):
    assert same_person(a, b) == same_person(b, a)
    assert same_company(a, b) == same_company(b, a)
    cross_checks(_record([a], b), Filing(issuer_name=a, reporting_owners=[{"name": b, "cik": None}]))


# --- the dev set wrapped in submissions ---------------------------------------------------------------------


def _edgar_owner(name: str) -> str:
    """EDGAR's "LAST FIRST MIDDLE" for a person's name as the gold writes it."""
    words = re.sub(r"[.,]", " ", name).upper().split()
    suffix = [w for w in words if w in ("JR", "SR", "II", "III", "IV")]
    words = [w for w in words if w not in suffix]
    return " ".join(words[-1:] + words[:-1] + suffix) if len(words) > 1 else " ".join(words)


def test_dev_wrapped_in_submissions_scores_like_plain(tmp_path, nlp):
    gold = load_gold(GOLD_DIR / "dev.jsonl")
    by_id = {item["id"]: item for item in gold}
    plain, wrapped, notes = {}, {}, {}
    for n, path in enumerate(sorted(DEV.glob("*.txt"))):
        item = by_id[path.stem]
        grantor = item["grantors"][0]["name"] if item["grantors"] else "DOE JOHN"
        submission = wrap_submission(
            decode(path.read_bytes()),
            owner_name=_edgar_owner(grantor),
            owner_cik=f"{1_000_000 + n:010d}",
            issuer_name=(item["company"] or "EXAMPLE HOLDINGS INC").upper(),
            issuer_cik=f"{2_000_000 + n:010d}",
            accession=f"0001209191-07-{n:06d}",
            filing_date=dt.date(2007, 1, 2) + dt.timedelta(days=n),
        )
        target = tmp_path / f"{path.stem}.submission.txt"
        target.write_bytes(submission)
        [record] = extract_path(target, nlp=nlp)
        assert record.filing.accession_number == f"0001209191-07-{n:06d}"
        wrapped[target.name.split(".")[0]] = record.to_dict()
        notes[path.stem] = record.checks
        [base] = extract_path(path, nlp=nlp)
        plain[path.stem] = base.to_dict()
    plain_f1, wrapped_f1 = evaluate(gold, plain).core_f1, evaluate(gold, wrapped).core_f1
    flagged = {k: v for k, v in notes.items() if v}
    print(f"core F1 plain {plain_f1:.4f}  wrapped {wrapped_f1:.4f}; checks raised on {len(flagged)}: {flagged}")
    assert abs(wrapped_f1 - plain_f1) <= 0.01
