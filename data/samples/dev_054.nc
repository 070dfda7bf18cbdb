<SEC-DOCUMENT>0001011509-09-000021.txt : 20090406
<SEC-HEADER>0001011509-09-000021.hdr.sgml : 20090406
<ACCEPTANCE-DATETIME>20090406163027
ACCESSION NUMBER:		0001011509-09-000021
CONFORMED SUBMISSION TYPE:	4
PUBLIC DOCUMENT COUNT:		2
CONFORMED PERIOD OF REPORT:	20090404
FILED AS OF DATE:		20090406
DATE AS OF CHANGE:		20090406

REPORTING-OWNER:	

	OWNER DATA:	
		COMPANY CONFORMED NAME:			EPPLER W DURAND
		CENTRAL INDEX KEY:			0001234567

	FILING VALUES:
		FORM TYPE:		4
		SEC ACT:		1934 Act
		SEC FILE NUMBER:	001-08323
		FILM NUMBER:		07546890

	MAIL ADDRESS:	
		STREET 1:		ONE MAIN STREET
		CITY:			WILMINGTON
		STATE:			DE
		ZIP:			19801

ISSUER:		

	COMPANY DATA:	
		COMPANY CONFORMED NAME:			GOLDEN MINERALS CO
		CENTRAL INDEX KEY:			0001011509
		STANDARD INDUSTRIAL CLASSIFICATION:	HOSPITAL & MEDICAL SERVICE PLANS [6324]
		IRS NUMBER:				061059331
		STATE OF INCORPORATION:			DE
		FISCAL YEAR END:			1231

	BUSINESS ADDRESS:	
		STREET 1:		ONE MAIN STREET
		CITY:			WILMINGTON
		STATE:			DE
		ZIP:			19801
		BUSINESS PHONE:		3025550100
</SEC-HEADER>
<DOCUMENT>
<TYPE>4
<SEQUENCE>1
<FILENAME>doc4.xml
<DESCRIPTION>FORM 4 SUBMISSION
<TEXT>
<XML>
<?xml version="1.0"?>
<ownershipDocument>
    <schemaVersion>X0306</schemaVersion>
    <documentType>4</documentType>
    <periodOfReport>2009-04-04</periodOfReport>
    <notSubjectToSection16>0</notSubjectToSection16>
    <issuer>
        <issuerCik>0001011509</issuerCik>
        <issuerName>GOLDEN MINERALS CO</issuerName>
        <issuerTradingSymbol>XYZ</issuerTradingSymbol>
    </issuer>
    <reportingOwner>
        <reportingOwnerId>
            <rptOwnerCik>0001234567</rptOwnerCik>
            <rptOwnerName>EPPLER W DURAND</rptOwnerName>
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
            <transactionDate><value>2009-04-04</value></transactionDate>
            <transactionCoding>
                <transactionFormType>4</transactionFormType>
                <transactionCode>P</transactionCode>
                <equitySwapInvolved>0</equitySwapInvolved>
            </transactionCoding>
        </nonDerivativeTransaction>
    </nonDerivativeTable>
    <remarks>Exhibit 24 - Power of Attorney</remarks>
    <ownerSignature>
        <signatureName>/s/ Attorney-in-fact for EPPLER W DURAND</signatureName>
        <signatureDate>2009-04-04</signatureDate>
    </ownerSignature>
</ownershipDocument>
</XML>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-24
<SEQUENCE>2
<FILENAME>ex24.txt
<DESCRIPTION>POWER OF ATTORNEY
<TEXT>
CONFIRMING
STATEMENT
This
Statement confirms that the undersigned, W. Durand Eppler, has authorized and
designated each of Deborah J. Friedman, Jerry W. Danni and Robert P. Vogels,
signing singly, to execute and file on the undersigned’s behalf all Forms 3, 4
and 5 (including any amendments thereto) that the undersigned may be required to
file with the U.S. Securities and Exchange Commission as a result of the
undersigned’s ownership of or transactions in securities of Golden Minerals
Company. The authority of each of Deborah J. Friedman, Jerry W. Danni
and Robert P. Vogels under this Statement shall continue until the undersigned
is no longer required to file Forms 3, 4 and 5 with regard to the undersigned’s
ownership of or transactions in securities of Golden Minerals Company, unless
earlier revoked in writing. The undersigned acknowledges that Deborah
J. Friedman, Jerry W. Danni and Robert P. Vogels are not assuming any of the
undersigned’s responsibilities to comply with Section 16 of the Securities
Exchange Act of 1934.
|
Date:
April 3, 2009
|
|
|
|
|
|
|
/s/ W. Durand Eppler
|
|
W.
Durand Eppler
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
