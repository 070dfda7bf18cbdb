"""EDGAR full-submission files: the SGML container that holds a filing's header and every document in it.

EDGAR's archives (and sec-edgar-downloader, edgartools) keep a filing as one ``.txt``/``.nc`` file: a
``<SEC-HEADER>`` with ``KEY: value`` lines (or the ``<SUBMISSION>`` feed's ``<TAG>value`` lines), then one
``<DOCUMENT>`` per member with ``<TYPE>``, ``<SEQUENCE>``, ``<FILENAME>``, ``<DESCRIPTION>`` and
``<TEXT>...</TEXT>``.  Binary members (PDF, images) are uuencoded.  This module splits such a file into
members in memory: nothing is ever written to disk, and a member's FILENAME only chooses its reader.
"""

from __future__ import annotations

import binascii
import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from ..types import Filing
from .base import ReadError, ReadOptions

MAX_MEMBERS = 1000  # a real filing has a few dozen; more is a broken or hostile file
MAX_MARKERS = 100_000  # <DOCUMENT>/<TEXT> markers scanned in one file
MAX_ENTITIES = 1000  # issuer / owner / filer blocks in one header
MAX_HEADER_CHARS = 2_000_000
MAX_META_CHARS = 16_384  # the <TYPE>/<SEQUENCE>/... lines between <DOCUMENT> and <TEXT>
MAX_XML_BYTES = 5_000_000

# Decoded as Latin-1, a UTF-8 byte-order mark reads "\xef\xbb\xbf".
_START = re.compile(
    r"\A(?:\xef\xbb\xbf)?\s*<(SEC-DOCUMENT|SEC-HEADER|IMS-DOCUMENT|IMS-HEADER|SUBMISSION|DOCUMENT)>", re.IGNORECASE
)
_MARKER = re.compile(r"<(/?)(DOCUMENT|TEXT)>", re.IGNORECASE)
_META = re.compile(r"^[ \t]*<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*([^\r\n]*)", re.IGNORECASE | re.MULTILINE)
_WRAPPER = re.compile(r"\A\s*<(PDF|XML|XBRL|JSON)>[ \t]*\r?\n?", re.IGNORECASE)
_BEGIN = re.compile(rb"^begin(?:-base64)?[ \t]+[0-7]{3,4}[ \t]+\S", re.IGNORECASE)
_HEADER_BLOCK = re.compile(r"<(SEC-HEADER|IMS-HEADER)>(.*?)(?:</\1>|\Z)", re.IGNORECASE | re.DOTALL)
_HEADER_KEY = re.compile(r"[A-Z][A-Z0-9 ,.&()/'-]{0,79}")
_HEADER_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)>([^<\r\n]*)")
_ACCESSION = re.compile(r"\b\d{10}-\d{2}-\d{6}\b")
_HTML_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|body|p|div|table)[\s>/]", re.IGNORECASE)
_POA = re.compile(r"power[\s_-]*of[\s_-]*att(?:orney|y)|\bpoa\b", re.IGNORECASE)
_EX24 = re.compile(r"^EX-24(?!\d)", re.IGNORECASE)

# Header block name -> role, in both header styles ("SUBJECT COMPANY:" / "<SUBJECT-COMPANY>").
_ROLES = {
    "ISSUER": "issuer",
    "SUBJECT COMPANY": "subject",
    "REPORTING-OWNER": "owner",
    "REPORTING OWNER": "owner",
    "FILER": "filer",
    "FILED BY": "filed_by",
}
_TOP_KEYS = {
    "ACCESSION NUMBER",
    "CONFORMED SUBMISSION TYPE",
    "PUBLIC DOCUMENT COUNT",
    "CONFORMED PERIOD OF REPORT",
    "FILED AS OF DATE",
    "DATE AS OF CHANGE",
    "EFFECTIVENESS DATE",
    "GROUP MEMBERS",
    "ITEM INFORMATION",
}
_MAGIC = (
    (b"%PDF", ".pdf"),
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
    (b"II*\x00", ".tif"),
    (b"MM\x00*", ".tif"),
)
_BINARY = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff"}


@dataclass
class Member:
    """One ``<DOCUMENT>`` of a submission: its metadata, its decoded bytes and the reader suffix to use."""

    sequence: int | None
    filename: str | None
    type: str | None
    description: str | None
    data: bytes
    suffix: str


@dataclass
class Submission:
    """A parsed full-submission file: header facts (issuer, reporting owners) and the members in file order."""

    accession_number: str | None = None
    submission_type: str | None = None
    filing_date: dt.date | None = None
    issuer_name: str | None = None
    issuer_cik: str | None = None
    reporting_owners: list[dict[str, str | None]] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)

    def filing_for(self, member: Member) -> Filing:
        """The filing context a record of ``member`` carries into the documents table."""
        return Filing(
            accession_number=self.accession_number,
            submission_type=self.submission_type,
            filing_date=self.filing_date,
            member_sequence=member.sequence,
            member_filename=member.filename,
            member_type=member.type,
            issuer_name=self.issuer_name,
            issuer_cik=self.issuer_cik,
            reporting_owners=[dict(owner) for owner in self.reporting_owners],
        )


def is_submission(head: bytes) -> bool:
    """Whether a file's first bytes (4 KiB is plenty) open an EDGAR full-submission file."""
    text = head[:4096].decode("latin-1")
    match = _START.match(text)
    if match is None:
        return False
    if match.group(1).upper() != "DOCUMENT":
        return True
    # A bare <DOCUMENT> list: only with a member <TYPE> line, so a stray tag in an exhibit does not count.
    return _META.search(text, match.end()) is not None


def uudecode(data: bytes) -> bytes:
    """Decode one uuencoded file (``begin 644 name`` ... ``end``) in memory.

    Tolerates what EDGAR filers' encoders do: trailing blanks stripped, space or backtick for zero,
    a few junk characters past a line's declared length, a missing ``end``.  Anything else is a
    corrupt line and raises ``ReadError``.
    """
    lines = data.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or not _BEGIN.match(lines[start].strip()):
        raise ReadError("read", "uuencoded member has no 'begin' line")
    if lines[start].strip().lower().startswith(b"begin-base64"):
        raise ReadError("read", "base64-encoded member (begin-base64) is not supported")
    out = bytearray()
    for number, raw in enumerate(lines[start + 1 :], start=start + 2):
        line = raw.rstrip()
        if not line:
            continue
        if line.lower() == b"end":
            break
        if line[0] in (0x20, 0x60):  # zero-length line: the one before "end"
            continue
        out += _uu_line(line, number)
    if not out:
        raise ReadError("read", "uuencoded member holds no data")
    return bytes(out)


def _uu_line(line: bytes, number: int) -> bytes:
    try:
        return binascii.a2b_uu(line)
    except (binascii.Error, ValueError):
        pass
    # Some encoders pad lines past their declared length: keep the characters the length byte asks for.
    count = (line[0] - 32) & 63
    try:
        return binascii.a2b_uu(line[: 1 + (count * 4 + 2) // 3])
    except (binascii.Error, ValueError):
        raise ReadError("read", f"corrupt uuencoded data at line {number} of a member") from None


def sniff_suffix(data: bytes) -> str:
    """The reader suffix a member's content calls for: magic numbers, then HTML tags, else plain text."""
    head = data[:4096].lstrip()
    for magic, suffix in _MAGIC:
        if head.startswith(magic):
            return suffix
    if _HTML_SNIFF.search(head[:2048]):
        return ".htm"
    return ".txt"


def _suffix_for(filename: str | None, data: bytes) -> str:
    """The FILENAME's extension when a reader handles it, else what the content looks like.

    Content with a PDF or image signature is read as such whatever its name says, and a name saying PDF or
    image is not believed for content without one: a mislabelled member still gets a reader that can read it.
    """
    from . import READERS  # late: the package imports its readers first

    sniffed = sniff_suffix(data)
    if sniffed in _BINARY:
        return sniffed
    if filename:
        name = re.split(r"[\\/]", filename)[-1]
        if "." in name.strip("."):
            ext = "." + name.rsplit(".", 1)[1].strip().lower()
            if ext in READERS and ext not in _BINARY:
                return ext
    return sniffed


def _member(meta: str, body: str) -> Member:
    """Build a member from its metadata lines and the raw text between <TEXT> and </TEXT>."""
    values: dict[str, str] = {}
    for match in _META.finditer(meta[:MAX_META_CHARS]):
        values.setdefault(match.group(1).upper(), match.group(2).strip()[:500])
    sequence = values.get("SEQUENCE", "")
    wrapper = _WRAPPER.match(body)
    if wrapper:
        body = body[wrapper.end() :]
        close = re.search(rf"</{wrapper.group(1)}>\s*\Z", body, re.IGNORECASE)
        if close:
            body = body[: close.start()]
    else:
        body = re.sub(r"\A\r?\n", "", body)
    body = re.sub(r"\r?\n\Z", "", body)
    filename = values.get("FILENAME") or None
    member = Member(
        sequence=int(sequence) if re.fullmatch(r"[0-9]{1,9}", sequence) else None,
        filename=filename,
        type=values.get("TYPE") or None,
        description=values.get("DESCRIPTION") or None,
        data=body.encode("latin-1"),  # the file was decoded as Latin-1: this gives back its exact bytes
        suffix=".txt",
    )
    if _BEGIN.match(member.data.lstrip()[:200]):
        try:
            member.data = uudecode(member.data)
        except ReadError:
            if is_poa_member(member):
                raise
            member.data = b""  # a corrupt graphic or other member must not sink the exhibits beside it
    member.suffix = _suffix_for(filename, member.data)
    return member


def _split_members(text: str, start: int) -> list[Member]:
    """Members from <DOCUMENT> markers on: a state machine over the markers, so one pass is enough.

    Inside a member's text, <DOCUMENT> and <TEXT> are content (EDGAR does not nest documents); the
    member ends at </DOCUMENT>, its text at the last </TEXT> before it.  A file cut short keeps what it has.
    """
    members: list[Member] = []
    doc = body = last_text_end = None
    count = 0
    for marker in _MARKER.finditer(text, start):
        count += 1
        if count > MAX_MARKERS:
            raise ReadError("read", f"EDGAR submission has over {MAX_MARKERS:,} document markers")
        closing, name = marker.group(1) == "/", marker.group(2).upper()
        if doc is None:
            if name == "DOCUMENT" and not closing:
                doc, body, last_text_end = marker.end(), None, None
            continue
        if body is None:  # in the metadata lines
            if name == "TEXT" and not closing:
                body = marker.end()
            elif name == "DOCUMENT":
                members.append(_member(text[doc : marker.start()], ""))
                doc = marker.end() if not closing else None
        elif name == "TEXT" and closing:
            last_text_end = marker.start()
        elif name == "DOCUMENT" and closing:
            end = last_text_end if last_text_end is not None else marker.start()
            members.append(_member(text[doc:body], text[body:end]))
            doc = body = None
        if len(members) > MAX_MEMBERS:
            raise ReadError("read", f"EDGAR submission has over {MAX_MEMBERS:,} documents")
    if doc is not None:
        if body is None:
            members.append(_member(text[doc:], ""))
        else:
            end = last_text_end if last_text_end is not None else len(text)
            members.append(_member(text[doc:body], text[body:end]))
    return members


def _entity(role: str, entities: list[dict[str, str | None]]) -> dict[str, str | None]:
    if len(entities) >= MAX_ENTITIES:
        raise ReadError("read", f"EDGAR header has over {MAX_ENTITIES:,} company or owner blocks")
    entities.append({"role": role, "name": None, "cik": None})
    return entities[-1]


def _parse_header(header: str) -> tuple[dict[str, str], list[dict[str, str | None]]]:
    """Top-level facts and entity blocks from either header style (``KEY: value`` lines or ``<TAG>value``)."""
    top: dict[str, str] = {}
    entities: list[dict[str, str | None]] = []
    current: dict[str, str | None] | None = None
    for line in header.splitlines():
        key, colon, value = line.partition(":")  # no regex here: a line is split in one linear pass
        key, value = " ".join(key.upper().split()), value.strip()
        if not colon or not _HEADER_KEY.fullmatch(key):
            continue
        if key in _ROLES:
            current = _entity(_ROLES[key], entities)
        elif key in _TOP_KEYS:
            current = None
            top.setdefault(key, value)
        elif current is not None and value:
            if key == "COMPANY CONFORMED NAME" and current["name"] is None:
                current["name"] = value
            elif key == "CENTRAL INDEX KEY" and current["cik"] is None:
                current["cik"] = value
    current = None
    tags = {
        "ACCESSION-NUMBER": "ACCESSION NUMBER",
        "TYPE": "CONFORMED SUBMISSION TYPE",
        "FILING-DATE": "FILED AS OF DATE",
    }
    for match in _HEADER_TAG.finditer(header):
        closing, tag, value = match.group(1) == "/", match.group(2).upper(), match.group(3).strip()
        role = _ROLES.get(tag.replace("-", " ")) or _ROLES.get(tag)
        if role:
            current = None if closing else _entity(role, entities)
        elif closing or not value:
            continue
        elif tag in tags and current is None:
            top.setdefault(tags[tag], value)
        elif current is not None and tag == "CONFORMED-NAME" and current["name"] is None:
            current["name"] = value
        elif current is not None and tag == "CIK" and current["cik"] is None:
            current["cik"] = value
    if "ACCESSION NUMBER" not in top and (found := _ACCESSION.search(header[:400])):
        top["ACCESSION NUMBER"] = found.group(0)
    return top, entities


def _cik(value: str | None) -> str | None:
    """CIKs as EDGAR's headers write them: ten digits, zero-padded."""
    if not value:
        return None
    value = value.strip()
    return value.zfill(10) if value.isdigit() and len(value) <= 10 else value or None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    digits = re.sub(r"[^0-9]", "", value)[:8]
    try:
        return dt.datetime.strptime(digits, "%Y%m%d").date() if len(digits) == 8 else None
    except ValueError:
        return None


def _ownership(data: bytes) -> dict | None:
    """Issuer and reporting owners from a Form 3/4/5 ``<ownershipDocument>``; None when it cannot be read.

    A DTD or entity declaration is refused before parsing: with none, expat has no external entity to fetch
    and no entity to expand (billion laughs), so the standard library parser is safe here.
    """
    if len(data) > MAX_XML_BYTES or re.search(rb"<!DOCTYPE|<!ENTITY", data, re.IGNORECASE):
        return None
    try:
        root = ET.fromstring(data.strip())
    except Exception:  # noqa: BLE001 - any parser failure means "use the header instead"
        return None

    def local(element: ET.Element) -> str:
        return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""

    def child_text(element: ET.Element, name: str) -> str | None:
        for sub in element.iter():
            if local(sub) == name and sub.text and sub.text.strip():
                return " ".join(sub.text.split())
        return None

    if local(root) != "ownershipDocument":
        return None
    issuer = next((e for e in root.iter() if local(e) == "issuer"), None)
    owners = []
    for owner in (e for e in root.iter() if local(e) == "reportingOwner"):
        name, cik = child_text(owner, "rptOwnerName"), _cik(child_text(owner, "rptOwnerCik"))
        if name or cik:
            owners.append({"name": name, "cik": cik})
    return {
        "issuer_name": child_text(issuer, "issuerName") if issuer is not None else None,
        "issuer_cik": _cik(child_text(issuer, "issuerCik")) if issuer is not None else None,
        "owners": owners[:MAX_ENTITIES],
    }


def parse_submission(data: bytes, options: ReadOptions) -> Submission:
    """Split a full-submission file into its header facts and members; malformed input raises ``ReadError``."""
    if len(data) > options.max_bytes:
        raise ReadError("read", f"file is {len(data):,} bytes, over the {options.max_bytes:,}-byte limit")
    text = data.decode("latin-1")  # byte-preserving: members are re-encoded to their original bytes
    first = next((m for m in _MARKER.finditer(text) if m.group(2).upper() == "DOCUMENT" and not m.group(1)), None)
    if first is None:
        raise ReadError("read", "not an EDGAR submission: no <DOCUMENT> section")
    before = text[: first.start()][:MAX_HEADER_CHARS]
    block = _HEADER_BLOCK.search(before)
    top, entities = _parse_header(block.group(2) if block else before)
    members = _split_members(text, first.start())
    if not members:
        raise ReadError("read", "EDGAR submission has no complete <DOCUMENT> section")

    def pick(*roles: str) -> dict[str, str | None]:
        return next((e for e in entities if e["role"] in roles and (e["name"] or e["cik"])), {})

    owners, seen = [], set()
    for entity in entities:
        key = (_cik(entity["cik"]), (entity["name"] or "").upper())
        if entity["role"] == "owner" and (entity["name"] or entity["cik"]) and key not in seen:
            seen.add(key)
            owners.append({"name": entity["name"], "cik": _cik(entity["cik"])})
    issuer = pick("issuer") or pick("subject") or ({} if owners else pick("filer"))
    submission = Submission(
        accession_number=top.get("ACCESSION NUMBER") or None,
        submission_type=top.get("CONFORMED SUBMISSION TYPE") or None,
        filing_date=_date(top.get("FILED AS OF DATE")),
        issuer_name=issuer.get("name"),
        issuer_cik=_cik(issuer.get("cik")),
        reporting_owners=owners,
        members=members,
    )
    xml = next((m for m in members if b"<ownershipDocument" in m.data[:MAX_XML_BYTES]), None)
    found = _ownership(xml.data) if xml is not None else None
    if found:
        submission.issuer_name = found["issuer_name"] or submission.issuer_name
        submission.issuer_cik = found["issuer_cik"] or submission.issuer_cik
        submission.reporting_owners = found["owners"] or submission.reporting_owners
    return submission


def is_poa_member(member: Member) -> bool:
    """EX-24 (any sub-number), or a TYPE/DESCRIPTION that says power of attorney."""
    kind, description = member.type or "", member.description or ""
    return bool(_EX24.match(kind.strip()) or _POA.search(description) or _POA.search(kind))


def poa_members(sub: Submission) -> list[Member]:
    """The power-of-attorney members with content, in SEQUENCE order (unnumbered ones last, in file order)."""
    found = [m for m in sub.members if is_poa_member(m) and m.data.strip()]
    return sorted(found, key=lambda m: (m.sequence is None, m.sequence or 0))
