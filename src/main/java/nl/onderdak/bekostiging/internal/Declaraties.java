package nl.onderdak.bekostiging.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declarations of actual extra costs. Under the BooO a gemeente receives a norm amount per realised
 * bed per day and may, in exceptional cases, declare the actual extra costs on top. An employee of
 * the gemeente submits amount, category, period, description and attachments; the NOO approves or
 * rejects (a rejection with its reason). Every change of status is a row in an append-only history.
 *
 * <p>Who sees what: a gemeente employee its own gemeente's declarations, an NOO employee all of them,
 * anyone else nothing (403). A declaration outside the user's scope does not exist for them (404).
 *
 * <p>Attachments are PDF, PNG or JPEG, recognised from their first bytes, never from the name or the
 * media type the sender claims; at most {@value #MAX_BIJLAGE} bytes (10 MB) each. The same content
 * twice on one declaration is stored once (the database keeps {@code (declaratie_id, sha256)} unique).
 */
@Service
@Transactional
public class Declaraties {

    /** The largest attachment: 10 MB (10 × 1024 × 1024 bytes). */
    public static final int MAX_BIJLAGE = 10 * 1024 * 1024;
    /** At most this many attachments per declaration. */
    public static final int MAX_BIJLAGEN = 20;
    /** The largest amount of one declaration; larger sums are a typing error or belong in several declarations. */
    public static final BigDecimal MAX_BEDRAG = new BigDecimal("10000000.00");
    /** The Russian invasion of Ukraine; no reception costs can lie before it. */
    public static final LocalDate VROEGSTE_DATUM = LocalDate.of(2022, 2, 24);
    public static final int OMSCHRIJVING_MIN = 10;
    public static final int OMSCHRIJVING_MAX = 2000;
    public static final int REDEN_MAX = 2000;

    /** The categories of extra costs (codes); their labels are in the messages ({@code declaratie.categorie.<code>}). */
    public static final List<String> CATEGORIEEN = List.of("beveiliging", "zorg_en_begeleiding", "vervoer",
            "huisvesting_aanpassingen", "inrichting", "personeel", "tolken", "overig");
    public static final List<String> STATUSSEN = List.of("ingediend", "goedgekeurd", "afgewezen");
    /** The decisions the NOO can take. */
    public static final List<String> BESLUITEN = List.of("goedgekeurd", "afgewezen");

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final byte[] PDF_BEGIN = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_BEGIN = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_BEGIN = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final int NAAM_MAX = 200;
    private static final int LIJST_MAX = 500;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    /** What a gemeente fills in, as text, so that every wrong field can be named. */
    public record Invulling(String bedrag, String categorie, String periodeVan, String periodeTot, String omschrijving) {
    }

    /** An uploaded file: the name the sender gave (may be anything) and its bytes. */
    public record Bestand(String bestandsnaam, byte[] inhoud) {
    }

    public record Declaratie(UUID id, String gemeenteCode, String gemeenteNaam, BigDecimal bedrag, String categorie,
            LocalDate periodeVan, LocalDate periodeTot, String omschrijving, String status, String ingediendDoor, Instant ingediendOp,
            int aantalBijlagen) {
    }

    /** One row of the status history. */
    public record Statusregel(String status, String door, Instant op, String reden) {
    }

    /** An attachment without its content. */
    public record Bijlage(UUID id, String bestandsnaam, String mediatype, int grootte, String sha256, String toegevoegdDoor,
            Instant toegevoegdOp) {
    }

    /** A declaration with its history (oldest first) and attachments. */
    public record Details(Declaratie declaratie, List<Statusregel> statussen, List<Bijlage> bijlagen) {
    }

    /** The declarations a user sees: how many there are, and the newest {@value #LIJST_MAX} of them. */
    public record Lijst(int aantal, List<Declaratie> declaraties) {
    }

    /** The result of adding an attachment: the stored one, and whether it is new (false: the same content was there already). */
    public record Toegevoegd(Bijlage bijlage, boolean nieuw) {
    }

    /** An attachment with its content, for download. */
    public record Download(Bijlage bijlage, byte[] inhoud) {
    }

    private final JdbcClient jdbc;
    private final Gebieden gebieden;
    private final Clock clock;

    Declaraties(JdbcClient jdbc, Gebieden gebieden, Clock clock) {
        this.jdbc = jdbc;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    /**
     * A gemeente employee submits a declaration for the own gemeente, with zero or more attachments.
     * Every wrong field and every refused file is named at once; nothing is stored unless all is right.
     */
    public Details indienen(Invulling in, List<Bestand> bestanden, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var fouten = new ArrayList<Veld>();
        var gelezen = lees(in == null ? new Invulling(null, null, null, null, null) : in, fouten);
        var bijlagen = new ArrayList<Gecontroleerd>();
        for (var b : bestanden == null ? List.<Bestand>of() : bestanden) {
            controleer(b, "bijlagen", fouten).ifPresent(bijlagen::add);
        }
        if (bijlagen.size() > MAX_BIJLAGEN) {
            fouten.add(new Veld("bijlagen", "Hoogstens " + MAX_BIJLAGEN + " bijlagen per declaratie."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var id = UUID.randomUUID();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into bekostiging.declaratie (id, gemeente_code, bedrag, categorie, periode_van, periode_tot, omschrijving, status,
                    ingediend_door, ingediend_op)
                values (?, ?, ?, ?, ?, ?, ?, 'ingediend', ?, ?)""")
                .params(id, gemeente, gelezen.bedrag(), gelezen.categorie(), gelezen.periodeVan(), gelezen.periodeTot(),
                        gelezen.omschrijving(), gebruiker.gebruikersnaam(), nu)
                .update();
        jdbc.sql("insert into bekostiging.declaratie_status (declaratie_id, status, door, op) values (?, 'ingediend', ?, ?)")
                .params(id, gebruiker.gebruikersnaam(), nu).update();
        for (var b : bijlagen) {
            slaOp(id, b, gebruiker);
        }
        return details(laad(id).orElseThrow());
    }

    /**
     * Adds an attachment to a declaration that is still awaiting a decision; only the gemeente that
     * submitted it may. The same content again stores nothing new and answers the attachment already there.
     */
    public Toegevoegd voegBijlageToe(UUID id, Bestand bestand, String veld, Gebruiker gebruiker) {
        return voegBijlagenToe(id, List.of(bestand), veld, gebruiker).getFirst();
    }

    /** Adds several attachments at once: all or none; every refused file is named. */
    public List<Toegevoegd> voegBijlagenToe(UUID id, List<Bestand> bestanden, String veld, Gebruiker gebruiker) {
        vergrendel(toevoegbaar(id, gebruiker).id());
        toevoegbaar(id, gebruiker); // again under the lock: the NOO may have decided in the meantime
        var fouten = new ArrayList<Veld>();
        if (bestanden.isEmpty()) {
            fouten.add(new Veld(veld, "Kies een of meer bestanden (PDF, PNG of JPEG)."));
        }
        var gecontroleerd = new ArrayList<Gecontroleerd>();
        bestanden.forEach(b -> controleer(b, veld, fouten).ifPresent(gecontroleerd::add));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var aanwezig = new java.util.HashSet<>(jdbc.sql("select sha256 from bekostiging.declaratie_bijlage where declaratie_id = ?").param(id)
                .query(String.class).list());
        long erbij = gecontroleerd.stream().map(Gecontroleerd::sha256).distinct().filter(h -> !aanwezig.contains(h)).count();
        if (aanwezig.size() + erbij > MAX_BIJLAGEN) {
            throw new Conflict("te-veel-bijlagen", "Een declaratie heeft hoogstens " + MAX_BIJLAGEN + " bijlagen; deze heeft er al "
                    + aanwezig.size() + ".");
        }
        var resultaat = new ArrayList<Toegevoegd>();
        for (var b : gecontroleerd) {
            boolean nieuw = aanwezig.add(b.sha256());
            if (nieuw) {
                slaOp(id, b, gebruiker);
            }
            resultaat.add(new Toegevoegd(bijlageMetHash(id, b.sha256()).orElseThrow(), nieuw));
        }
        return resultaat;
    }

    /**
     * Whether the user may add an attachment now (else 403, 404 or 409 as {@link #voegBijlageToe} would
     * answer), so that a caller can refuse before reading an upload.
     */
    @Transactional(readOnly = true)
    public void vereisToevoegbaar(UUID id, Gebruiker gebruiker) {
        toevoegbaar(id, gebruiker);
    }

    private Declaratie toevoegbaar(UUID id, Gebruiker gebruiker) {
        var declaratie = zichtbaar(id, gebruiker);
        if (!gebruiker.isGemeenteMedewerker() || !declaratie.gemeenteCode().equals(gebruiker.organisatie().gemeenteCode())) {
            throw new AccessDeniedException("alleen de gemeente die de declaratie indiende voegt bijlagen toe");
        }
        if (!"ingediend".equals(declaratie.status())) {
            throw new Conflict("declaratie-beoordeeld", "Deze declaratie is al " + declaratie.status()
                    + "; bijlagen kunnen alleen worden toegevoegd zolang de NOO nog niet heeft beslist.");
        }
        return declaratie;
    }

    /**
     * The NOO decides: {@code goedgekeurd} or {@code afgewezen}, the latter with a reason. Only a
     * declaration that is still {@code ingediend} can be decided, once.
     */
    public Details beoordeel(UUID id, String besluit, String reden, Gebruiker gebruiker) {
        var declaratie = zichtbaar(id, gebruiker);
        if (!gebruiker.heeft(Rol.NOO_MEDEWERKER) || declaratie.gemeenteCode().equals(gebruiker.organisatie().gemeenteCode())) {
            throw new AccessDeniedException("alleen de NOO beoordeelt declaraties");
        }
        var fouten = new ArrayList<Veld>();
        var b = Invoer.schoon(besluit);
        if (b == null) {
            fouten.add(new Veld("besluit", "Kies goedgekeurd of afgewezen."));
        } else if (!BESLUITEN.contains(b)) {
            fouten.add(new Veld("besluit", "Onbekend besluit '" + b + "'; kies goedgekeurd of afgewezen."));
        }
        var r = Invoer.schoon(reden);
        if ("afgewezen".equals(b) && r == null) {
            fouten.add(new Veld("reden", "Geef de reden van de afwijzing; de gemeente leest die."));
        } else if (r != null && lengte(r) > REDEN_MAX) {
            fouten.add(new Veld("reden", "Hoogstens " + REDEN_MAX + " tekens."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        vergrendel(id);
        var status = jdbc.sql("select status from bekostiging.declaratie where id = ?").param(id).query(String.class).single();
        if (!"ingediend".equals(status)) {
            throw new Conflict("declaratie-beoordeeld", "Deze declaratie is al " + status + "; een besluit wordt niet overgedaan.");
        }
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("update bekostiging.declaratie set status = ? where id = ? and status = 'ingediend'").params(b, id).update();
        jdbc.sql("insert into bekostiging.declaratie_status (declaratie_id, status, door, op, reden) values (?, ?, ?, ?, ?)")
                .params(id, b, gebruiker.gebruikersnaam(), nu, r).update();
        return details(laad(id).orElseThrow());
    }

    /**
     * The declarations the user sees, newest first, optionally only those with one status: a gemeente
     * employee the own gemeente's, an NOO employee all; anyone else may not (403).
     */
    @Transactional(readOnly = true)
    public Lijst lijst(String status, Gebruiker gebruiker) {
        var gemeente = gemeenteInScope(gebruiker);
        var s = Invoer.schoon(status);
        if (s != null && !STATUSSEN.contains(s)) {
            throw OngeldigeInvoer.veld("status", "Onbekende status '" + s + "'; kies ingediend, goedgekeurd of afgewezen.");
        }
        var voorwaarde = " where (cast(:gemeente as text) is null or d.gemeente_code = :gemeente)"
                + " and (cast(:status as text) is null or d.status = :status)";
        int aantal = jdbc.sql("select count(*) from bekostiging.declaratie d" + voorwaarde)
                .param("gemeente", gemeente.orElse(null)).param("status", s).query(Integer.class).single();
        var declaraties = jdbc.sql(SELECT + voorwaarde + " order by d.ingediend_op desc, d.id limit " + LIJST_MAX)
                .param("gemeente", gemeente.orElse(null)).param("status", s)
                .query(this::declaratie).list();
        return new Lijst(aantal, metNamen(declaraties));
    }

    /** One declaration with history and attachments; outside the user's scope it does not exist (404). */
    @Transactional(readOnly = true)
    public Details een(UUID id, Gebruiker gebruiker) {
        return details(zichtbaar(id, gebruiker));
    }

    /** An attachment with its content, under the same rules as its declaration. */
    @Transactional(readOnly = true)
    public Download bijlage(UUID id, UUID bijlageId, Gebruiker gebruiker) {
        zichtbaar(id, gebruiker);
        return jdbc.sql("""
                select id, bestandsnaam, mediatype, grootte, sha256, toegevoegd_door, toegevoegd_op, inhoud
                  from bekostiging.declaratie_bijlage where declaratie_id = ? and id = ?""")
                .params(id, bijlageId)
                .query((rs, i) -> new Download(bijlage(rs), rs.getBytes("inhoud")))
                .optional()
                .orElseThrow(() -> new NietGevonden("Bijlage"));
    }

    /** The media type recognised from the first bytes: PDF, PNG or JPEG; empty for anything else. */
    static Optional<String> herken(byte[] inhoud) {
        if (begintMet(inhoud, PDF_BEGIN)) {
            return Optional.of(PDF);
        }
        if (begintMet(inhoud, PNG_BEGIN)) {
            return Optional.of(PNG);
        }
        if (begintMet(inhoud, JPEG_BEGIN)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /**
     * A safe file name: without folders (also Windows ones), control and invisible formatting
     * characters (such as the right-to-left override that makes {@code fdp.exe} read as {@code exe.pdf})
     * and characters that are not allowed in file names; at most 200 characters; ending in the
     * extension of the recognised type (added when the name has another one).
     */
    static String schoneNaam(String naam, String mediatype) {
        var n = Normalizer.normalize(naam == null ? "" : naam, Normalizer.Form.NFC);
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        var schoon = new StringBuilder();
        n.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || "<>:\"|?*".indexOf(c) >= 0) {
                return;
            }
            schoon.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        });
        n = schoon.toString().replaceAll(" {2,}", " ").strip().replaceFirst("^[. ]+", "");
        var extensie = switch (mediatype) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            default -> ".jpg";
        };
        var klein = n.toLowerCase(Locale.ROOT);
        boolean past = klein.endsWith(extensie) || (JPEG.equals(mediatype) && klein.endsWith(".jpeg"));
        var stam = past ? n.substring(0, n.length() - (klein.endsWith(".jpeg") ? 5 : extensie.length())) : n;
        var staart = past ? n.substring(stam.length()) : extensie;
        int ruimte = NAAM_MAX - staart.length();
        if (stam.codePointCount(0, stam.length()) > ruimte) {
            stam = stam.substring(0, stam.offsetByCodePoints(0, ruimte)).strip();
        }
        if (stam.isBlank()) {
            stam = "bijlage";
        }
        return stam + staart;
    }

    // --- reading and checking -------------------------------------------------------------------

    private record Gelezen(BigDecimal bedrag, String categorie, LocalDate periodeVan, LocalDate periodeTot, String omschrijving) {
    }

    private record Gecontroleerd(String bestandsnaam, String mediatype, String sha256, byte[] inhoud) {
    }

    private Gelezen lees(Invulling in, List<Veld> fouten) {
        var bedrag = bedrag(in.bedrag(), fouten);

        var categorie = Invoer.schoon(in.categorie());
        if (categorie == null) {
            fouten.add(new Veld("categorie", "Kies een categorie."));
        } else if (!CATEGORIEEN.contains(categorie)) {
            fouten.add(new Veld("categorie", "Onbekende categorie '" + kort(categorie) + "'; kies uit " + String.join(", ", CATEGORIEEN) + "."));
        }

        var vandaag = LocalDate.now(clock);
        var van = Invoer.datum(in.periodeVan(), "periodeVan", true, fouten);
        var tot = Invoer.datum(in.periodeTot(), "periodeTot", true, fouten);
        if (van != null && van.isBefore(VROEGSTE_DATUM)) {
            fouten.add(new Veld("periodeVan", "De opvang van ontheemden uit Oekraïne begon op 24 februari 2022; de periode kan niet eerder beginnen."));
        }
        if (van != null && van.isAfter(vandaag)) {
            fouten.add(new Veld("periodeVan", "De periode kan niet in de toekomst beginnen; declareer kosten die al gemaakt zijn."));
        }
        if (tot != null && tot.isAfter(vandaag)) {
            fouten.add(new Veld("periodeTot", "De periode eindigt uiterlijk vandaag (" + vandaag.format(DATUM)
                    + "); declareer kosten die al gemaakt zijn."));
        } else if (van != null && tot != null && tot.isBefore(van)) {
            fouten.add(new Veld("periodeTot", "Het einde van de periode ligt vóór het begin."));
        }

        var omschrijving = Invoer.schoon(in.omschrijving());
        if (omschrijving == null) {
            fouten.add(new Veld("omschrijving", "Beschrijf de kosten en waarom ze uitzonderlijk zijn (" + OMSCHRIJVING_MIN + " tot "
                    + OMSCHRIJVING_MAX + " tekens)."));
        } else if (lengte(omschrijving) < OMSCHRIJVING_MIN) {
            fouten.add(new Veld("omschrijving", "Gebruik minstens " + OMSCHRIJVING_MIN + " tekens."));
        } else if (lengte(omschrijving) > OMSCHRIJVING_MAX) {
            fouten.add(new Veld("omschrijving", "Hoogstens " + OMSCHRIJVING_MAX + " tekens; dit zijn er " + lengte(omschrijving) + "."));
        }
        return new Gelezen(bedrag, categorie, van, tot, omschrijving);
    }

    /** An amount in euro above 0 and at most {@link #MAX_BEDRAG}, as every amount is read ({@link Invoer#bedrag}). */
    private static BigDecimal bedrag(String tekst, List<Veld> fouten) {
        return Invoer.bedrag(tekst, "bedrag", true, MAX_BEDRAG, fouten);
    }

    /** Size and type of a file, recognised from its content; the name the sender gave does not count. */
    private static Optional<Gecontroleerd> controleer(Bestand bestand, String veld, List<Veld> fouten) {
        var inhoud = bestand == null ? null : bestand.inhoud();
        var opgegeven = bestand == null ? null : Invoer.schoon(bestand.bestandsnaam());
        var getoond = opgegeven == null ? null : zichtbareNaam(opgegeven);
        var wie = getoond == null ? "" : "'" + kort(getoond) + "': ";
        if (inhoud == null || inhoud.length == 0) {
            fouten.add(new Veld(veld, melding(wie, "het bestand is leeg.")));
            return Optional.empty();
        }
        if (inhoud.length > MAX_BIJLAGE) {
            fouten.add(new Veld(veld, melding(wie, "het bestand is groter dan 10 MB ("
                    + String.format(Locale.forLanguageTag("nl"), "%,d", MAX_BIJLAGE) + " bytes).")));
            return Optional.empty();
        }
        var type = herken(inhoud);
        if (type.isEmpty()) {
            fouten.add(new Veld(veld, melding(wie, "alleen PDF, PNG of JPEG is toegestaan, en de inhoud van dit bestand is geen van deze."
                    + " Het soort bestand wordt aan de inhoud herkend, niet aan de naam.")));
            return Optional.empty();
        }
        return Optional.of(new Gecontroleerd(schoneNaam(opgegeven, type.get()), type.get(), sha256(inhoud), inhoud));
    }

    /** A message about a file: after its name, or on its own starting with a capital. */
    private static String melding(String wie, String tekst) {
        return wie.isEmpty() ? Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1) : wie + tekst;
    }

    /** The given name without folders, control and formatting characters, for messages; null when nothing is left. */
    private static String zichtbareNaam(String opgegeven) {
        var n = opgegeven.substring(Math.max(opgegeven.lastIndexOf('/'), opgegeven.lastIndexOf('\\')) + 1);
        var schoon = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT).forEach(schoon::appendCodePoint);
        return Invoer.schoon(schoon.toString());
    }

    // --- access ---------------------------------------------------------------------------------

    /** The gemeente whose declarations the user sees; empty for the NOO (all). Anyone else: 403. */
    private static Optional<String> gemeenteInScope(Gebruiker gebruiker) {
        if (gebruiker.isGemeenteMedewerker()) {
            return Optional.of(gebruiker.organisatie().gemeenteCode());
        }
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            return Optional.empty();
        }
        throw new AccessDeniedException("declaraties zijn voor gemeenten en de NOO");
    }

    private Declaratie zichtbaar(UUID id, Gebruiker gebruiker) {
        var gemeente = gemeenteInScope(gebruiker);
        return laad(id).filter(d -> gemeente.isEmpty() || gemeente.get().equals(d.gemeenteCode()))
                .orElseThrow(() -> new NietGevonden("Declaratie"));
    }

    private void vergrendel(UUID id) {
        jdbc.sql("select id from bekostiging.declaratie where id = ? for update").param(id).query().singleRow();
    }

    // --- storage --------------------------------------------------------------------------------

    private static final String SELECT = """
            select d.id, d.gemeente_code, d.bedrag, d.categorie, d.periode_van, d.periode_tot, d.omschrijving, d.status,
                   d.ingediend_door, d.ingediend_op,
                   (select count(*) from bekostiging.declaratie_bijlage b where b.declaratie_id = d.id) as bijlagen
              from bekostiging.declaratie d""";

    private Optional<Declaratie> laad(UUID id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query(this::declaratie).optional()
                .map(d -> metNamen(List.of(d)).getFirst());
    }

    private Declaratie declaratie(ResultSet rs, int rij) throws SQLException {
        return new Declaratie(rs.getObject("id", UUID.class), rs.getString("gemeente_code"), null, rs.getBigDecimal("bedrag"),
                rs.getString("categorie"), rs.getObject("periode_van", LocalDate.class), rs.getObject("periode_tot", LocalDate.class),
                rs.getString("omschrijving"), rs.getString("status"), rs.getString("ingediend_door"),
                rs.getObject("ingediend_op", OffsetDateTime.class).toInstant(), rs.getInt("bijlagen"));
    }

    private List<Declaratie> metNamen(List<Declaratie> declaraties) {
        var namen = new HashMap<String, String>();
        return declaraties.stream().map(d -> new Declaratie(d.id(), d.gemeenteCode(),
                namen.computeIfAbsent(d.gemeenteCode(), c -> gebieden.gemeenteNaam(c).orElse(c)), d.bedrag(), d.categorie(),
                d.periodeVan(), d.periodeTot(), d.omschrijving(), d.status(), d.ingediendDoor(), d.ingediendOp(), d.aantalBijlagen()))
                .toList();
    }

    private Details details(Declaratie d) {
        var statussen = jdbc.sql("select status, door, op, reden from bekostiging.declaratie_status where declaratie_id = ? order by op, id")
                .param(d.id())
                .query((rs, i) -> new Statusregel(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4)))
                .list();
        var bijlagen = jdbc.sql("""
                select id, bestandsnaam, mediatype, grootte, sha256, toegevoegd_door, toegevoegd_op
                  from bekostiging.declaratie_bijlage where declaratie_id = ? order by toegevoegd_op, bestandsnaam, id""")
                .param(d.id()).query((rs, i) -> bijlage(rs)).list();
        return new Details(d, statussen, bijlagen);
    }

    private static Bijlage bijlage(ResultSet rs) throws SQLException {
        return new Bijlage(rs.getObject("id", UUID.class), rs.getString("bestandsnaam"), rs.getString("mediatype"), rs.getInt("grootte"),
                rs.getString("sha256"), rs.getString("toegevoegd_door"), rs.getObject("toegevoegd_op", OffsetDateTime.class).toInstant());
    }

    private Optional<Bijlage> bijlageMetHash(UUID declaratie, String sha256) {
        return jdbc.sql("""
                select id, bestandsnaam, mediatype, grootte, sha256, toegevoegd_door, toegevoegd_op
                  from bekostiging.declaratie_bijlage where declaratie_id = ? and sha256 = ?""")
                .params(declaratie, sha256).query((rs, i) -> bijlage(rs)).optional();
    }

    /** Stores an attachment; the same content on the same declaration is stored once, also when two uploads race. */
    private void slaOp(UUID declaratie, Gecontroleerd b, Gebruiker gebruiker) {
        jdbc.sql("""
                insert into bekostiging.declaratie_bijlage (id, declaratie_id, bestandsnaam, mediatype, grootte, sha256, inhoud, toegevoegd_door,
                    toegevoegd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (declaratie_id, sha256) do nothing""")
                .params(UUID.randomUUID(), declaratie, b.bestandsnaam(), b.mediatype(), b.inhoud().length, b.sha256(), b.inhoud(),
                        gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()))
                .update();
    }

    // --- helpers --------------------------------------------------------------------------------

    private static boolean begintMet(byte[] inhoud, byte[] begin) {
        return inhoud != null && inhoud.length >= begin.length && Arrays.equals(inhoud, 0, begin.length, begin, 0, begin.length);
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lengte(String s) {
        return s.codePointCount(0, s.length());
    }

    /** A value echoed in a message, cut short so that a message never grows with the input. */
    private static String kort(String s) {
        return s.length() <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(57, s.codePointCount(0, s.length())))) + "…";
    }
}
