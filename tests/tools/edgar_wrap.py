"""Wrap an exhibit in an EDGAR full-submission file, as EDGAR's archive serves it for a Form 4 with an EX-24.

Used by the submission tests and by the evaluation of dev exhibits wrapped in submissions: same exhibit,
but read through the SGML splitter with a header, an ownership XML member and optionally a uuencoded PDF.
"""

from __future__ import annotations

import binascii
import datetime as dt
from xml.sax.saxutils import escape


def uuencode(data: bytes, name: str, *, backtick: bool = True, strip: bool = False) -> str:
    """``begin 644 name`` ... ``end`` in 45-byte lines; ``backtick=False, strip=True`` mimics filers' encoders
    that write zero as a space and lose trailing blanks."""
    lines = [f"begin 644 {name}"]
    for i in range(0, len(data), 45):
        line = binascii.b2a_uu(data[i : i + 45], backtick=backtick).decode("ascii").rstrip("\n")
        lines.append(line.rstrip() if strip else line)
    lines += ["`" if backtick else " ", "end"]
    return "\n".join(lines)


def _date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    digits = value.replace("-", "").strip()
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _ownership_xml(form_type: str, period: dt.date, owner_name: str, owner_cik: str, issuer_name: str,
                   issuer_cik: str) -> str:  # fmt: skip
    return f"""<?xml version="1.0"?>
<ownershipDocument>
    <schemaVersion>X0306</schemaVersion>
    <documentType>{escape(form_type)}</documentType>
    <periodOfReport>{period.isoformat()}</periodOfReport>
    <notSubjectToSection16>0</notSubjectToSection16>
    <issuer>
        <issuerCik>{escape(issuer_cik)}</issuerCik>
        <issuerName>{escape(issuer_name)}</issuerName>
        <issuerTradingSymbol>XYZ</issuerTradingSymbol>
    </issuer>
    <reportingOwner>
        <reportingOwnerId>
            <rptOwnerCik>{escape(owner_cik)}</rptOwnerCik>
            <rptOwnerName>{escape(owner_name)}</rptOwnerName>
        </reportingOwnerId>
        <reportingOwnerAddress>
            <rptOwnerStreet1>ONE MAIN STREET</rptOwnerStreet1>
            <rptOwnerCity>WILMINGTON</rptOwnerCity>
            <rptOwnerState>DE</rptOwnerState>
            <rptOwnerZipCode>19801</rptOwnerZipCode>
        </reportingOwnerAddress>
        <reportingOwnerRelationship>
            <isDirector>1</isDirector>
        </reportingOwnerRelationship>
    </reportingOwner>
    <nonDerivativeTable>
        <nonDerivativeTransaction>
            <securityTitle><value>Common Stock</value></securityTitle>
            <transactionDate><value>{period.isoformat()}</value></transactionDate>
            <transactionCoding>
                <transactionFormType>{escape(form_type)}</transactionFormType>
                <transactionCode>P</transactionCode>
                <equitySwapInvolved>0</equitySwapInvolved>
            </transactionCoding>
        </nonDerivativeTransaction>
    </nonDerivativeTable>
    <remarks>Exhibit 24 - Power of Attorney</remarks>
    <ownerSignature>
        <signatureName>/s/ Attorney-in-fact for {escape(owner_name)}</signatureName>
        <signatureDate>{period.isoformat()}</signatureDate>
    </ownerSignature>
</ownershipDocument>"""


def wrap_submission(
    exhibit_text: str,
    *,
    owner_name: str,
    owner_cik: str,
    issuer_name: str,
    issuer_cik: str,
    accession: str,
    filing_date: dt.date | str,
    form_type: str = "4",
    exhibit_filename: str = "ex24.txt",
    uuencode_pdf: bytes | None = None,
) -> bytes:
    """A full-submission file: SEC-HEADER, the ownership XML as member 1, the exhibit as EX-24 member 2 and,
    given ``uuencode_pdf``, that PDF uuencoded as EX-24.2 member 3.  ``owner_name`` is written as given
    (EDGAR's style is "LAST FIRST MIDDLE")."""
    filed = _date(filing_date)
    period = filed - dt.timedelta(days=2)
    ymd = filed.strftime("%Y%m%d")
    count = 3 if uuencode_pdf is not None else 2
    header = f"""<SEC-DOCUMENT>{accession}.txt : {ymd}
<SEC-HEADER>{accession}.hdr.sgml : {ymd}
<ACCEPTANCE-DATETIME>{ymd}163027
ACCESSION NUMBER:\t\t{accession}
CONFORMED SUBMISSION TYPE:\t{form_type}
PUBLIC DOCUMENT COUNT:\t\t{count}
CONFORMED PERIOD OF REPORT:\t{period.strftime("%Y%m%d")}
FILED AS OF DATE:\t\t{ymd}
DATE AS OF CHANGE:\t\t{ymd}

REPORTING-OWNER:\t

\tOWNER DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\t{owner_name}
\t\tCENTRAL INDEX KEY:\t\t\t{owner_cik}

\tFILING VALUES:
\t\tFORM TYPE:\t\t{form_type}
\t\tSEC ACT:\t\t1934 Act
\t\tSEC FILE NUMBER:\t001-08323
\t\tFILM NUMBER:\t\t07546890

\tMAIL ADDRESS:\t
\t\tSTREET 1:\t\tONE MAIN STREET
\t\tCITY:\t\t\tWILMINGTON
\t\tSTATE:\t\t\tDE
\t\tZIP:\t\t\t19801

ISSUER:\t\t

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\t{issuer_name}
\t\tCENTRAL INDEX KEY:\t\t\t{issuer_cik}
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tHOSPITAL & MEDICAL SERVICE PLANS [6324]
\t\tIRS NUMBER:\t\t\t\t061059331
\t\tSTATE OF INCORPORATION:\t\t\tDE
\t\tFISCAL YEAR END:\t\t\t1231

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\tONE MAIN STREET
\t\tCITY:\t\t\tWILMINGTON
\t\tSTATE:\t\t\tDE
\t\tZIP:\t\t\t19801
\t\tBUSINESS PHONE:\t\t3025550100
</SEC-HEADER>
"""
    xml = _ownership_xml(form_type, period, owner_name, owner_cik, issuer_name, issuer_cik)
    parts = [
        header,
        f"<DOCUMENT>\n<TYPE>{form_type}\n<SEQUENCE>1\n<FILENAME>doc{form_type.replace('/', '')}.xml\n"
        f"<DESCRIPTION>FORM {form_type} SUBMISSION\n<TEXT>\n<XML>\n{xml}\n</XML>\n</TEXT>\n</DOCUMENT>\n",
        f"<DOCUMENT>\n<TYPE>EX-24\n<SEQUENCE>2\n<FILENAME>{exhibit_filename}\n<DESCRIPTION>POWER OF ATTORNEY\n"
        f"<TEXT>\n{exhibit_text}\n</TEXT>\n</DOCUMENT>\n",
    ]
    if uuencode_pdf is not None:
        parts.append(
            "<DOCUMENT>\n<TYPE>EX-24.2\n<SEQUENCE>3\n<FILENAME>ex24-2.pdf\n<DESCRIPTION>POWER OF ATTORNEY (PDF)\n"
            f"<TEXT>\n<PDF>\n{uuencode(uuencode_pdf, 'ex24-2.pdf')}\n</PDF>\n</TEXT>\n</DOCUMENT>\n"
        )
    parts.append("</SEC-DOCUMENT>\n")
    return "".join(parts).encode("utf-8")
