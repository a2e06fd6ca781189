// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld;

import java.util.regex.Pattern;

/**
 * A bank's camt.054 for the tests, answering one of our SEPA files: it notifies about the file's debtor
 * account and names the file's message id, as a bank's notification of that file does.
 */
public final class Camt054 {

    private static final Pattern BERICHT = Pattern.compile("<GrpHdr>\\s*<MsgId>([^<]+)</MsgId>");
    private static final Pattern REKENING = Pattern.compile("<DbtrAcct>\\s*<Id>\\s*<IBAN>([^<]+)</IBAN>");

    private Camt054() {
    }

    /** The message id ({@code GrpHdr/MsgId}) of a SEPA file. */
    public static String berichtId(String sepa) {
        var m = BERICHT.matcher(sepa);
        if (!m.find()) {
            throw new IllegalArgumentException("geen MsgId in het SEPA-bestand");
        }
        return m.group(1);
    }

    /** The debtor account ({@code DbtrAcct/Id/IBAN}) of a SEPA file. */
    public static String rekening(String sepa) {
        var m = REKENING.matcher(sepa);
        if (!m.find()) {
            throw new IllegalArgumentException("geen DbtrAcct in het SEPA-bestand");
        }
        return m.group(1);
    }

    /** The bank's notice that the transfer of this SEPA file came back with the reason code. */
    public static String retourVan(String sepa, String endToEndId, String reden) {
        return retour(berichtId(sepa), rekening(sepa), endToEndId, reden);
    }

    /** A notice about the account that a transfer of the message came back with the reason code. */
    public static String retour(String berichtId, String rekening, String endToEndId, String reden) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
                <GrpHdr><MsgId>T1</MsgId><CreDtTm>2024-06-05T18:00:00+02:00</CreDtTm></GrpHdr>
                <Ntfctn><Id>N1</Id><CreDtTm>2024-06-05T18:00:00+02:00</CreDtTm><Acct><Id><IBAN>%s</IBAN></Id></Acct>
                <Ntry><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>RRTN</SubFmlyCd></Fmly></Domn></BkTxCd>
                <NtryDtls><TxDtls><Refs><MsgId>%s</MsgId><EndToEndId>%s</EndToEndId></Refs><Amt Ccy="EUR">100.00</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd><RtrInf><Rsn><Cd>%s</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry></Ntfctn>
                </BkToCstmrDbtCdtNtfctn></Document>
                """.formatted(rekening, berichtId, endToEndId, reden);
    }
}
