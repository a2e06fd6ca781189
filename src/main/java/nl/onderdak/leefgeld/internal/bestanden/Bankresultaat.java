// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.bestanden;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.onderdak.platform.Csv;

/**
 * Reads what the bank did with a payment file, so that each payment can be marked paid or failed.
 * Two formats: our own CSV ({@code end_to_end_id,status,reden}) and the bank's debit/credit
 * notification, ISO 20022 {@code camt.054.001.08}.
 *
 * <p>An import is all or nothing: when {@link Resultaat#fouten()} is not empty the caller refuses the
 * whole file, and {@link Resultaat#uitkomsten()} is then empty so that nothing can be half applied.
 */
public final class Bankresultaat {

    static final String CAMT_054 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";
    static final List<String> KOP = List.of("end_to_end_id", "status", "reden");

    private static final Pattern REDENCODE = Pattern.compile("[A-Z]{2}[0-9]{2}");

    /** Dutch descriptions of the ISO 20022 return reasons that SEPA credit transfers commonly come back with. */
    private static final Map<String, String> REDENEN = Map.ofEntries(
            Map.entry("AC01", "rekeningnummer onjuist"),
            Map.entry("AC04", "rekening opgeheven"),
            Map.entry("AC06", "rekening geblokkeerd"),
            Map.entry("AG01", "transactie niet toegestaan"),
            Map.entry("AM05", "dubbele betaling"),
            Map.entry("BE04", "adres ontvanger ontbreekt"),
            Map.entry("MD07", "rekeninghouder overleden"),
            Map.entry("MS02", "reden niet opgegeven door ontvanger"),
            Map.entry("MS03", "reden niet opgegeven door bank"),
            Map.entry("RC01", "BIC onjuist"),
            Map.entry("RR01", "regelgeving: rekening of identificatie betaler ontbreekt"),
            Map.entry("RR02", "regelgeving: naam of adres betaler ontbreekt"),
            Map.entry("RR03", "regelgeving: naam of adres ontvanger ontbreekt"),
            Map.entry("RR04", "regelgeving"));

    private Bankresultaat() {
    }

    /**
     * What happened to one transfer. {@code reden} is null when paid; when failed it is a readable
     * Dutch reason, beginning with the ISO reason code when there is one ("AC04 rekening opgeheven").
     */
    public record Uitkomst(String endToEndId, boolean betaald, String reden) {

        public Uitkomst {
            Objects.requireNonNull(endToEndId, "endToEndId");
            if (betaald && reden != null) {
                throw new IllegalArgumentException("een betaalde overboeking heeft geen reden");
            }
            if (!betaald && (reden == null || reden.isBlank())) {
                throw new IllegalArgumentException("een mislukte overboeking heeft een reden");
            }
        }
    }

    /**
     * The outcomes, or the problems (each with its line) that make the file unusable. A camt.054 also
     * says where it comes from, so that the caller can check it belongs to the payment file it
     * reconciles: {@code rekeningen} are the accounts it notifies about ({@code Ntfctn/Acct/Id/IBAN}),
     * {@code berichtIds} the message id of the original payment file per end-to-end id
     * ({@code TxDtls/Refs/MsgId}, {@code OrgnlMsgId}, or the entry's {@code Btch/MsgId}); both empty
     * for a CSV.
     */
    public record Resultaat(List<Uitkomst> uitkomsten, List<String> fouten, Set<String> rekeningen, Map<String, String> berichtIds) {

        public Resultaat {
            fouten = List.copyOf(fouten);
            uitkomsten = fouten.isEmpty() ? List.copyOf(uitkomsten) : List.of();
            rekeningen = fouten.isEmpty() ? Set.copyOf(rekeningen) : Set.of();
            berichtIds = fouten.isEmpty() ? Map.copyOf(berichtIds) : Map.of();
        }

        public Resultaat(List<Uitkomst> uitkomsten, List<String> fouten) {
            this(uitkomsten, fouten, Set.of(), Map.of());
        }

        static Resultaat fout(String fout) {
            return new Resultaat(List.of(), List.of(fout));
        }
    }

    /** The Dutch description of an ISO return reason code: "AC04 rekening opgeheven", or "code XY99" when unknown. */
    static String redenMetCode(String code) {
        var beschrijving = REDENEN.get(code);
        return beschrijving == null ? "code " + code : code + " " + beschrijving;
    }

    /** The largest file read (a camt.054 for 100,000 transfers is about 60 MB); a larger one is refused unread. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** The most transfers one file may report on, and the most problems named (the count of the rest is given). */
    static final int MAX_UITKOMSTEN = 250_000;
    public static final int MAX_FOUTEN = 50;
    /** How much of a value from the file an error message repeats. */
    static final int UITTREKSEL = 40;

    /** At most {@value #UITTREKSEL} characters of a value from the file, with "…" when cut; control characters become "?". */
    public static String kort(String tekst) {
        return kort(tekst, UITTREKSEL);
    }

    public static String kort(String tekst, int max) {
        if (tekst == null) {
            return "";
        }
        var schoon = tekst.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return schoon.codePointCount(0, schoon.length()) <= max ? schoon
                : schoon.substring(0, schoon.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Whether the content (after a byte order mark and white space) is XML, i.e. would be read as camt.054. */
    public static boolean isXml(byte[] inhoud) {
        int begin = start(inhoud);
        return begin < inhoud.length && inhoud[begin] == '<';
    }

    private static int start(byte[] inhoud) {
        int begin = 0;
        if (inhoud.length >= 3 && inhoud[0] == (byte) 0xEF && inhoud[1] == (byte) 0xBB && inhoud[2] == (byte) 0xBF) {
            begin = 3;
        }
        while (begin < inhoud.length && Character.isWhitespace(inhoud[begin])) {
            begin++;
        }
        return begin;
    }

    /**
     * A problem from messages/leefgeld in the language of the request (Dutch outside one). Numbers go
     * in as text, so a line number never gets a thousands separator.
     */
    private static String t(String sleutel, Object... argumenten) {
        return nl.onderdak.platform.Berichten.tekst(sleutel,
                java.util.Arrays.stream(argumenten).map(String::valueOf).toArray());
    }

    /** A problem on a line of the file: "regel 4: ..." ("line 4: ..." in English). */
    private static String opRegel(int regel, String melding) {
        return t("bankbestand.regel", regel, melding);
    }

    /** A count as the user reads numbers: 250.000 in Dutch. */
    private static String getal(long getal) {
        return nl.onderdak.platform.Weergave.in(nl.onderdak.platform.Berichten.taal()).getal(getal);
    }

    /** Keeps at most {@value #MAX_FOUTEN} problems and says how many more there were. */
    private static Resultaat begrensd(Resultaat r) {
        if (r.fouten().size() <= MAX_FOUTEN) {
            return r;
        }
        var fouten = new ArrayList<>(r.fouten().subList(0, MAX_FOUTEN));
        fouten.add(t("bankbestand.enNog", getal(r.fouten().size() - MAX_FOUTEN)));
        return new Resultaat(List.of(), fouten);
    }

    /**
     * Reads the bank's result in either format: a camt.054 message when the content (after a byte
     * order mark and white space) starts with {@code <}, our CSV otherwise. The file's name does not
     * count. A file over {@link #MAX_BYTES} is refused unread; at most {@value #MAX_FOUTEN} problems
     * are named, each repeating at most {@value #UITTREKSEL} characters of the file.
     */
    public static Resultaat lees(byte[] inhoud) {
        if (inhoud.length > MAX_BYTES) {
            return Resultaat.fout(t("bankbestand.teGroot", getal(MAX_BYTES / (1024 * 1024))));
        }
        Resultaat r;
        int begin = start(inhoud);
        if (begin < inhoud.length && inhoud[begin] == '<') {
            // An XML declaration must come first, so what precedes it is cut off before parsing.
            r = leesCamt054(begin == 0 ? inhoud : java.util.Arrays.copyOfRange(inhoud, begin, inhoud.length));
        } else {
            r = leesCsv(inhoud);
        }
        if (r.uitkomsten().size() > MAX_UITKOMSTEN) {
            return Resultaat.fout(t("bankbestand.teVeel", getal(MAX_UITKOMSTEN)));
        }
        return begrensd(r);
    }

    // --- CSV ---

    /**
     * Reads our CSV format: a header {@code end_to_end_id,status,reden}, then one row per transfer
     * with status {@code betaald} or {@code mislukt}; a reason is required when failed. A reason that is
     * only an ISO code ("AC04") is given its Dutch description.
     */
    public static Resultaat leesCsv(byte[] inhoud) {
        var tekst = Csv.alsTekst(inhoud);
        if (tekst.isEmpty()) {
            return Resultaat.fout(t("bankbestand.geenTekst"));
        }
        var regels = Csv.lees(tekst.get());
        if (regels.isEmpty()) {
            return Resultaat.fout(t("bankbestand.leeg", String.join(",", KOP)));
        }
        var kop = regels.getFirst();
        var kopVelden = kop.velden().stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
        if (!kopVelden.equals(KOP)) {
            return Resultaat.fout(opRegel(kop.regelnummer(),
                    t("bankbestand.kopregel", String.join(",", KOP), kort(String.join(",", kop.velden())))));
        }
        var uitkomsten = new ArrayList<Uitkomst>();
        var fouten = new ArrayList<String>();
        var gezien = new HashMap<String, Integer>();
        for (var regel : regels.subList(1, regels.size())) {
            int nr = regel.regelnummer();
            var velden = regel.velden();
            if (velden.size() < 2 || velden.size() > 3) {
                fouten.add(opRegel(nr, t("bankbestand.aantalVelden", velden.size())));
                continue;
            }
            var id = velden.get(0).strip();
            var status = velden.get(1).strip().toLowerCase(Locale.ROOT);
            var reden = velden.size() == 3 ? velden.get(2).strip() : "";
            if (id.isEmpty()) {
                fouten.add(opRegel(nr, t("bankbestand.idOntbreekt")));
                continue;
            }
            if (!Sepa.geldigId(id)) {
                fouten.add(opRegel(nr, t("bankbestand.geenKenmerk", kort(id), Sepa.MAX_ID)));
                continue;
            }
            var eerder = gezien.putIfAbsent(id, nr);
            if (eerder != null) {
                fouten.add(opRegel(nr, t("bankbestand.dubbelId", id, eerder)));
                continue;
            }
            switch (status) {
                case "betaald" -> uitkomsten.add(new Uitkomst(id, true, null));
                case "mislukt" -> {
                    if (reden.isEmpty()) {
                        fouten.add(opRegel(nr, t("bankbestand.redenOntbreekt")));
                    } else {
                        var code = reden.toUpperCase(Locale.ROOT);
                        uitkomsten.add(new Uitkomst(id, false, REDENCODE.matcher(code).matches() ? redenMetCode(code) : kort(reden, 200)));
                    }
                }
                case "" -> fouten.add(opRegel(nr, t("bankbestand.statusOntbreekt")));
                default -> fouten.add(opRegel(nr, t("bankbestand.onbekendeStatus", kort(velden.get(1).strip()))));
            }
        }
        if (regels.size() == 1) {
            fouten.add(t("bankbestand.geenRegels"));
        }
        return new Resultaat(uitkomsten, fouten);
    }

    // --- camt.054 ---

    /** One booked entry (Ntry) with the transactions (TxDtls) in it. */
    private static final class Boeking {
        final int regel;
        String creditDebet;
        String status;
        boolean storno;
        String batchBerichtId;
        final List<Transactie> transacties = new ArrayList<>();

        Boeking(int regel) {
            this.regel = regel;
        }
    }

    private static final class Transactie {
        final int regel;
        String endToEndId;
        boolean retour;
        String redencode;
        String berichtId;

        Transactie(int regel) {
            this.regel = regel;
        }
    }

    private record Gevonden(Uitkomst uitkomst, int regel, String berichtId) {
    }

    /**
     * Reads a bank-to-customer debit/credit notification, ISO 20022 {@code camt.054.001.08}
     * ({@code BkToCstmrDbtCdtNtfctn/Ntfctn/Ntry/NtryDtls/TxDtls}). A transaction is
     * <ul>
     * <li>paid when its entry is a debit ({@code CdtDbtInd} DBIT) with status {@code Sts/Cd} BOOK that
     * is not a reversal;</li>
     * <li>failed when its entry is a reversal ({@code RvslInd} true) or the transaction carries return
     * information ({@code TxDtls/RtrInf}), with the reason {@code RtrInf/Rsn/Cd};</li>
     * <li>otherwise (pending, or a credit that is not a return) not about our payments, and skipped.</li>
     * </ul>
     * Transactions are matched on {@code TxDtls/Refs/EndToEndId}. A transaction that is first booked
     * and later returned in the same file counts as failed. The file is parsed namespace-aware; a
     * DOCTYPE is refused, so no entity is expanded and nothing outside the file is read.
     */
    public static Resultaat leesCamt054(byte[] inhoud) {
        Objects.requireNonNull(inhoud, "inhoud");
        var fouten = new ArrayList<String>();
        var gevonden = new LinkedHashMap<String, Gevonden>();
        var rekeningen = new TreeSet<String>();
        XMLStreamReader xml = null;
        try {
            xml = veiligeFabriek().createXMLStreamReader(new ByteArrayInputStream(inhoud));
            var pad = new ArrayList<String>();
            var tekst = new StringBuilder();
            Boeking boeking = null;
            Transactie transactie = null;
            boolean notificatie = false;
            while (xml.hasNext()) {
                int soort = xml.next();
                switch (soort) {
                    case XMLStreamConstants.DTD -> {
                        return Resultaat.fout(opRegel(regel(xml), t("bankbestand.doctype")));
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        var naam = xml.getLocalName();
                        if (pad.isEmpty() && (!"Document".equals(naam) || !CAMT_054.equals(xml.getNamespaceURI()))) {
                            return Resultaat.fout(t("bankbestand.hoofdelement",
                                    hoofdelement(Objects.toString(xml.getNamespaceURI(), ""), naam)));
                        }
                        if (pad.size() == 1) {
                            if (!"BkToCstmrDbtCdtNtfctn".equals(naam)) {
                                return Resultaat.fout(opRegel(regel(xml), t("bankbestand.verkeerdElement", kort(naam))));
                            }
                            notificatie = true;
                        }
                        if ("Ntry".equals(naam) && "Ntfctn".equals(ouder(pad, 0))) {
                            boeking = new Boeking(regel(xml));
                        } else if ("TxDtls".equals(naam) && boeking != null) {
                            transactie = new Transactie(regel(xml));
                            boeking.transacties.add(transactie);
                        } else if ("RtrInf".equals(naam) && transactie != null) {
                            transactie.retour = true;
                        }
                        pad.add(naam);
                        tekst.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> tekst.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        var naam = pad.removeLast();
                        var waarde = tekst.toString().strip();
                        tekst.setLength(0);
                        if (transactie != null) {
                            if ("TxDtls".equals(naam)) {
                                transactie = null;
                            } else if ("EndToEndId".equals(naam) && "Refs".equals(ouder(pad, 0))) {
                                transactie.endToEndId = waarde;
                            } else if (("Cd".equals(naam) || "Prtry".equals(naam)) && "Rsn".equals(ouder(pad, 0))
                                    && "RtrInf".equals(ouder(pad, 1)) && transactie.redencode == null) {
                                transactie.redencode = waarde;
                            } else if ("MsgId".equals(naam) && "Refs".equals(ouder(pad, 0))) {
                                transactie.berichtId = waarde;
                            } else if ("OrgnlMsgId".equals(naam) && transactie.berichtId == null) {
                                transactie.berichtId = waarde;
                            }
                        } else if (boeking != null) {
                            if ("Ntry".equals(naam)) {
                                verwerk(boeking, gevonden, fouten);
                                boeking = null;
                            } else if ("CdtDbtInd".equals(naam) && "Ntry".equals(ouder(pad, 0))) {
                                boeking.creditDebet = waarde;
                            } else if ("RvslInd".equals(naam) && "Ntry".equals(ouder(pad, 0))) {
                                boeking.storno = "true".equals(waarde) || "1".equals(waarde);
                            } else if ("Cd".equals(naam) && "Sts".equals(ouder(pad, 0)) && "Ntry".equals(ouder(pad, 1))) {
                                boeking.status = waarde;
                            } else if ("MsgId".equals(naam) && "Btch".equals(ouder(pad, 0))) {
                                boeking.batchBerichtId = waarde;
                            }
                        } else if ("IBAN".equals(naam) && "Id".equals(ouder(pad, 0)) && "Acct".equals(ouder(pad, 1))
                                && "Ntfctn".equals(ouder(pad, 2))) {
                            rekeningen.add(waarde);
                        }
                    }
                    default -> {
                        // Comments, processing instructions and whitespace say nothing about payments.
                    }
                }
            }
            if (!notificatie) {
                return Resultaat.fout(t("bankbestand.geenNotificatie"));
            }
        } catch (XMLStreamException e) {
            var plek = e.getLocation();
            var melding = t("bankbestand.geenXml", kort(kern(e), 120));
            return Resultaat.fout(plek != null && plek.getLineNumber() > 0
                    ? t("bankbestand.regelKolom", plek.getLineNumber(), plek.getColumnNumber(), melding) : melding);
        } finally {
            sluit(xml);
        }
        if (fouten.isEmpty() && gevonden.isEmpty()) {
            fouten.add(t("bankbestand.geenOverboekingen"));
        }
        var berichtIds = new HashMap<String, String>();
        gevonden.forEach((e2e, g) -> {
            if (g.berichtId() != null && !g.berichtId().isEmpty()) {
                berichtIds.put(e2e, g.berichtId());
            }
        });
        return new Resultaat(gevonden.values().stream().map(Gevonden::uitkomst).toList(), fouten, rekeningen, berichtIds);
    }

    private static void verwerk(Boeking boeking, Map<String, Gevonden> gevonden, List<String> fouten) {
        for (var tx : boeking.transacties) {
            boolean mislukt = boeking.storno || tx.retour;
            boolean betaald = !mislukt && "DBIT".equals(boeking.creditDebet) && "BOOK".equals(boeking.status);
            if (!mislukt && !betaald) {
                continue;
            }
            if (tx.endToEndId == null || tx.endToEndId.isEmpty() || "NOTPROVIDED".equals(tx.endToEndId)) {
                if (mislukt) {
                    fouten.add(opRegel(tx.regel, t("bankbestand.retourZonderId")));
                }
                // A debit without our reference (bank charges, another payment) is not one of ours.
                continue;
            }
            var uitkomst = betaald
                    ? new Uitkomst(tx.endToEndId, true, null)
                    : new Uitkomst(tx.endToEndId, false, reden(tx, boeking));
            var berichtId = tx.berichtId != null ? tx.berichtId : boeking.batchBerichtId;
            var eerder = gevonden.get(tx.endToEndId);
            if (eerder == null) {
                gevonden.put(tx.endToEndId, new Gevonden(uitkomst, tx.regel, berichtId));
            } else if (eerder.uitkomst().betaald() && !betaald) {
                // Booked first and returned later: the money did not arrive.
                gevonden.put(tx.endToEndId, new Gevonden(uitkomst, tx.regel, berichtId));
            } else if (eerder.uitkomst().betaald() && betaald) {
                fouten.add(opRegel(tx.regel, t("bankbestand.tweeKeer", kort(tx.endToEndId), eerder.regel())));
            }
        }
    }

    private static String reden(Transactie tx, Boeking boeking) {
        if (tx.redencode != null && !tx.redencode.isEmpty()) {
            return redenMetCode(kort(tx.redencode));
        }
        return boeking.storno && !tx.retour ? "teruggeboekt door de bank, zonder reden" : "teruggekomen, zonder reden";
    }

    private static XMLInputFactory veiligeFabriek() {
        var fabriek = XMLInputFactory.newDefaultFactory();
        fabriek.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        fabriek.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        fabriek.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        fabriek.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        fabriek.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return fabriek;
    }

    /** The root element as {namespace}name, each part cut to an excerpt; an ISO 20022 namespace keeps its fixed prefix. */
    private static String hoofdelement(String naamruimte, String naam) {
        var iso = "urn:iso:std:iso:20022:tech:xsd:";
        var ns = naamruimte.startsWith(iso) ? iso + kort(naamruimte.substring(iso.length())) : kort(naamruimte);
        return "{" + ns + "}" + kort(naam);
    }

    private static String ouder(List<String> pad, int hoger) {
        int i = pad.size() - 1 - hoger;
        return i >= 0 ? pad.get(i) : null;
    }

    private static int regel(XMLStreamReader xml) {
        return xml.getLocation().getLineNumber();
    }

    /** The parser's own complaint, without the location prefix it adds to its message. */
    private static String kern(XMLStreamException e) {
        var bericht = Objects.toString(e.getMessage(), e.getClass().getSimpleName());
        int i = bericht.indexOf("Message: ");
        return i >= 0 ? bericht.substring(i + "Message: ".length()).strip() : bericht.strip();
    }

    private static void sluit(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Closing a reader over a byte array cannot lose anything.
            }
        }
    }
}
