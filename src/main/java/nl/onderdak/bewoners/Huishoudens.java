package nl.onderdak.bewoners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households and their members: the public API of this module.
 *
 * <p>Who sees what: a household belongs to the gemeenten that registered it or where it has been
 * placed ({@code huishouden_gemeente}); a user sees it when their {@link Scope} covers one of those.
 * Only gemeente employees see the BSN and the names in the original script; region and national
 * users see what placement needs. A household with a child travelling alone is visible only to users
 * with the role {@link Rol#MINDERJARIGEN}. Anything else answers as not found. Every view, search hit
 * and change writes one processing-log record per person in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Huishoudens {

    static final String ACTIVITEIT = "opvang-ontheemden";
    static final String DOEL_REGISTRATIE = "Registratie van opvang van ontheemden uit Oekraïne (Wet COA, art. 3a; Rvo)";

    private final JdbcClient jdbc;
    private final Logboek logboek;
    private final Clock clock;

    Huishoudens(JdbcClient jdbc, Logboek logboek, Clock clock) {
        this.jdbc = jdbc;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Registers a household of the user's gemeente. */
    @Transactional
    public Huishouden registreer(List<LidInvoer> leden, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var vandaag = LocalDate.now(clock);
        var fouten = new ArrayList<Veld>();
        if (leden == null || leden.isEmpty()) {
            throw OngeldigeInvoer.veld("leden", "Een huishouden heeft minstens één lid.");
        }
        if (leden.size() > 30) {
            throw OngeldigeInvoer.veld("leden", "Een huishouden heeft hoogstens 30 leden.");
        }
        var geldig = new ArrayList<LidValidatie.GeldigLid>();
        for (int i = 0; i < leden.size(); i++) {
            var lid = leden.get(i) == null ? new LidInvoer(null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null) : leden.get(i);
            geldig.add(LidValidatie.valideer(lid, "leden[" + i + "].", vandaag, fouten));
        }
        if (geldig.stream().anyMatch(l -> l != null && l.alleenreizend()) && !gebruiker.heeft(Rol.MINDERJARIGEN)) {
            throw new AccessDeniedException("alleen medewerkers met de rol voor alleenreizende minderjarigen registreren hen");
        }
        var bsns = geldig.stream().filter(l -> l != null && l.bsn() != null).map(l -> l.bsn().waarde()).toList();
        if (bsns.size() != bsns.stream().distinct().count()) {
            fouten.add(new Veld("leden", "Twee leden hebben hetzelfde BSN."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var id = UUID.randomUUID();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("insert into huishouden (id, gemeente_code, aangemaakt_op, aangemaakt_door) values (?, ?, ?, ?)")
                .params(id, gemeente, nu, gebruiker.gebruikersnaam()).update();
        jdbc.sql("insert into huishouden_gemeente (huishouden_id, gemeente_code) values (?, ?)").params(id, gemeente).update();
        var ids = new ArrayList<UUID>();
        try {
            for (var l : geldig) {
                ids.add(voegLidToe(id, l, nu));
            }
        } catch (DuplicateKeyException e) {
            throw new Conflict("bsn-bestaat", "Er staat al een bewoner met een van deze BSN's in Onderdak. Zoek die bewoner op met het BSN.");
        }
        logboek.leg(Handeling.AANMAKEN, ACTIVITEIT, DOEL_REGISTRATIE, ids, gebruiker);
        return bekijk(id, gebruiker, new Scope.Gemeente(gemeente)).orElseThrow();
    }

    private UUID voegLidToe(UUID huishouden, LidValidatie.GeldigLid l, Timestamp nu) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into bewoner (id, huishouden_id, voornaam, achternaam, voornaam_origineel, achternaam_origineel, naamsleutel,
                    geboortedatum, geslacht, nationaliteit_categorie, identiteitsdocumenten, brp_status, bsn, brp_datum, ind_status,
                    ind_uitgenodigd_op, ind_afspraak_op, bescherming_tot, alleenreizend_minderjarig, medische_zorg, toegankelijkheid,
                    taal, aangemaakt_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, huishouden, l.voornaam(), l.achternaam(), l.voornaamOrigineel(), l.achternaamOrigineel(),
                        Namen.sleutel(l.voornaam() + " " + l.achternaam()), l.geboortedatum(), l.geslacht(), l.nationaliteit(),
                        l.documenten().toArray(String[]::new), l.brpStatus(), l.bsn() == null ? null : l.bsn().waarde(),
                        l.brpDatum(), l.indStatus(), l.indUitgenodigdOp(), l.indAfspraakOp(), l.beschermingTot(),
                        l.alleenreizend(), l.medisch(), l.toegankelijkheid(), l.taal(), nu)
                .update();
        return id;
    }

    /** The household as the user may see it, and a log record per visible member; empty when out of scope. */
    @Transactional
    public Optional<Huishouden> bekijk(UUID id, Gebruiker gebruiker, Scope scope) {
        var huishouden = lees(id, gebruiker, scope);
        huishouden.ifPresent(h -> logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL_REGISTRATIE,
                h.leden().stream().map(Bewoner::id).toList(), gebruiker));
        return huishouden;
    }

    /** Reads without logging, for other modules that act on the household and log that act themselves. */
    public Optional<Huishouden> lees(UUID id, Gebruiker gebruiker, Scope scope) {
        var kop = jdbc.sql("select id, gemeente_code, aangemaakt_op from huishouden where id = ?").param(id)
                .query((rs, i) -> new Huishouden(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        List.of()))
                .optional();
        if (kop.isEmpty() || !zichtbaar(id, scope)) {
            return Optional.empty();
        }
        var leden = jdbc.sql("select * from bewoner where huishouden_id = ? and samengevoegd_in is null order by geboortedatum, id")
                .param(id).query(Huishoudens::bewoner).list();
        if (leden.stream().anyMatch(Bewoner::alleenreizendMinderjarig) && !gebruiker.heeft(Rol.MINDERJARIGEN)) {
            return Optional.empty();
        }
        var gemeenteMedewerker = gebruiker.organisatie().soort() == Organisatie.Soort.GEMEENTE;
        return Optional.of(new Huishouden(kop.get().id(), kop.get().gemeenteCode(), kop.get().aangemaaktOp(),
                gemeenteMedewerker ? leden : leden.stream().map(Bewoner::zonderBsn).toList()));
    }

    private boolean zichtbaar(UUID huishouden, Scope scope) {
        var gemeenten = jdbc.sql("select gemeente_code from huishouden_gemeente where huishouden_id = ?").param(huishouden)
                .query(String.class).list();
        return gemeenten.stream().anyMatch(scope::omvat);
    }

    /** The households of the user's gemeente (registered or placed there), newest first; a log record per member shown. */
    @Transactional
    public List<Huishouden> vanGemeente(Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var scope = new Scope.Gemeente(gemeente);
        var ids = jdbc.sql("""
                select h.id from huishouden h join huishouden_gemeente hg on hg.huishouden_id = h.id
                 where hg.gemeente_code = ? order by h.aangemaakt_op desc limit 500""")
                .param(gemeente).query(UUID.class).list();
        var lijst = ids.stream().map(id -> lees(id, gebruiker, scope)).flatMap(Optional::stream).toList();
        logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL_REGISTRATIE,
                lijst.stream().flatMap(h -> h.leden().stream()).map(Bewoner::id).toList(), gebruiker);
        return lijst;
    }

    /**
     * The composition of a household for placement (ages, sex, needs), without names or BSN: what a
     * region or the LCVS may know to find a place. Not logged as a view of personal data beyond the
     * record its caller writes.
     */
    public Huishouden samenstelling(UUID id) {
        var leden = jdbc.sql("select * from bewoner where huishouden_id = ? and samengevoegd_in is null order by geboortedatum, id")
                .param(id).query(Huishoudens::bewoner).list().stream().map(Bewoner::zonderBsn).toList();
        return jdbc.sql("select id, gemeente_code, aangemaakt_op from huishouden where id = ?").param(id)
                .query((rs, i) -> new Huishouden(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(), leden))
                .optional().orElseThrow();
    }

    /**
     * Merges a duplicate record into the one kept: the duplicate is marked as merged (its history,
     * placements included, stays under its own id and points to the kept record); the kept record
     * takes over the BSN and the names in original script where it lacked them. Both must be visible
     * to the user. Two records with different BSNs are two people and are not merged.
     */
    @Transactional
    public Bewoner voegSamen(UUID behoudenId, UUID dubbelId, Gebruiker gebruiker, Scope scope) {
        gebruiker.eigenGemeente();
        if (behoudenId.equals(dubbelId)) {
            throw OngeldigeInvoer.veld("dubbel", "Kies een andere bewoner dan de bewoner zelf.");
        }
        var behouden = actieveBewoner(behoudenId, gebruiker, scope);
        var dubbel = actieveBewoner(dubbelId, gebruiker, scope);
        if (behouden.bsn() != null && dubbel.bsn() != null && !behouden.bsn().equals(dubbel.bsn())) {
            throw new Conflict("verschillend-bsn", "Deze bewoners hebben elk een ander BSN: het zijn twee personen.");
        }
        jdbc.sql("update bewoner set samengevoegd_in = ? where id = ?").params(behoudenId, dubbelId).update();
        jdbc.sql("""
                update bewoner set bsn = coalesce(bsn, ?), brp_datum = coalesce(brp_datum, ?),
                       brp_status = case when bsn is null and cast(? as char(9)) is not null then 'ingeschreven' else brp_status end,
                       voornaam_origineel = coalesce(voornaam_origineel, ?), achternaam_origineel = coalesce(achternaam_origineel, ?)
                 where id = ?""")
                .params(dubbel.bsn() == null ? null : dubbel.bsn().waarde(), dubbel.brpDatum(),
                        dubbel.bsn() == null ? null : dubbel.bsn().waarde(), dubbel.voornaamOrigineel(), dubbel.achternaamOrigineel(),
                        behoudenId)
                .update();
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL_REGISTRATIE, List.of(behoudenId, dubbelId), gebruiker);
        return actieveBewoner(behoudenId, gebruiker, scope);
    }

    private Bewoner actieveBewoner(UUID id, Gebruiker gebruiker, Scope scope) {
        return jdbc.sql("select * from bewoner where id = ? and samengevoegd_in is null").param(id).query(Huishoudens::bewoner)
                .optional().filter(b -> lees(b.huishoudenId(), gebruiker, scope).isPresent())
                .orElseThrow(() -> new nl.onderdak.platform.NietGevonden("Bewoner"));
    }

    /**
     * A person's access request: what the processing log holds about them (dates, purposes,
     * organisations), for a gemeente employee who may see the person. Providing it is itself logged.
     */
    @Transactional
    public List<Logboek.Inzage> inzage(UUID bewonerId, Gebruiker gebruiker, Scope scope) {
        gebruiker.eigenGemeente();
        actieveBewoner(bewonerId, gebruiker, scope);
        var regels = logboek.inzage(bewonerId);
        logboek.leg(Handeling.EXPORTEREN, ACTIVITEIT, "Inzageverzoek van de betrokkene (AVG art. 15)", List.of(bewonerId), gebruiker);
        return regels;
    }

    /** Records that the household now also belongs to a gemeente, because it is placed there. Idempotent. */
    @Transactional
    public void koppelAanGemeente(UUID huishouden, String gemeente) {
        jdbc.sql("insert into huishouden_gemeente (huishouden_id, gemeente_code) values (?, ?) on conflict do nothing")
                .params(huishouden, gemeente).update();
    }

    /**
     * Search by BSN (exact) or by name and date of birth (also across scripts and spellings), within
     * the scope; a log record per person found. Only gemeente employees may search.
     */
    @Transactional
    public List<Bewoner> zoek(String bsn, String naam, String geboortedatum, Gebruiker gebruiker, Scope scope) {
        gebruiker.eigenGemeente();
        var fouten = new ArrayList<Veld>();
        Bsn gezochtBsn = null;
        if (Invoer.schoon(bsn) != null) {
            gezochtBsn = Bsn.lees(bsn).orElse(null);
            if (gezochtBsn == null) {
                fouten.add(new Veld("bsn", "Dit is geen geldig BSN: het moet 9 cijfers hebben en voldoen aan de elfproef."));
            }
        }
        var geboorte = Invoer.datum(geboortedatum, "geboortedatum", false, fouten);
        if (gezochtBsn == null && fouten.isEmpty() && (Invoer.schoon(naam) == null || geboorte == null)) {
            fouten.add(new Veld("bsn", "Zoek op BSN, of op naam en geboortedatum samen."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        List<Bewoner> kandidaten;
        if (gezochtBsn != null) {
            kandidaten = jdbc.sql("select * from bewoner where bsn = ? and samengevoegd_in is null").param(gezochtBsn.waarde())
                    .query(Huishoudens::bewoner).list();
        } else {
            kandidaten = jdbc.sql("select * from bewoner where geboortedatum = ? and samengevoegd_in is null").param(geboorte)
                    .query(Huishoudens::bewoner).list().stream()
                    .filter(b -> Namen.lijkenOpElkaar(naam, b.voornaam() + " " + b.achternaam())
                            || (b.voornaamOrigineel() != null && Namen.lijkenOpElkaar(naam,
                                    b.voornaamOrigineel() + " " + (b.achternaamOrigineel() == null ? "" : b.achternaamOrigineel()))))
                    .toList();
        }
        var gevonden = kandidaten.stream().filter(b -> lees(b.huishoudenId(), gebruiker, scope).isPresent()).toList();
        logboek.leg(Handeling.ZOEKEN, ACTIVITEIT, DOEL_REGISTRATIE, gevonden.stream().map(Bewoner::id).toList(), gebruiker);
        return gevonden;
    }

    /** Members within the scope with the same date of birth and a similar name: probably the same person. */
    @Transactional
    public List<Bewoner> waarschijnlijkeDubbelen(Bewoner bewoner, Gebruiker gebruiker, Scope scope) {
        var gevonden = jdbc.sql("select * from bewoner where geboortedatum = ? and id <> ? and samengevoegd_in is null")
                .params(bewoner.geboortedatum(), bewoner.id()).query(Huishoudens::bewoner).list().stream()
                .filter(b -> Namen.lijkenOpElkaar(b.voornaam() + " " + b.achternaam(),
                        bewoner.voornaam() + " " + bewoner.achternaam()))
                .filter(b -> lees(b.huishoudenId(), gebruiker, scope).isPresent())
                .toList();
        logboek.leg(Handeling.ZOEKEN, ACTIVITEIT, DOEL_REGISTRATIE, gevonden.stream().map(Bewoner::id).toList(), gebruiker);
        return gevonden;
    }


    static Bewoner bewoner(ResultSet rs, int rij) throws SQLException {
        var documenten = rs.getArray("identiteitsdocumenten");
        var bsn = rs.getString("bsn");
        return new Bewoner(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class), rs.getString("voornaam"),
                rs.getString("achternaam"), rs.getString("voornaam_origineel"), rs.getString("achternaam_origineel"),
                rs.getObject("geboortedatum", LocalDate.class), rs.getString("geslacht"), rs.getString("nationaliteit_categorie"),
                documenten == null ? List.of() : Arrays.asList((String[]) documenten.getArray()), rs.getString("brp_status"),
                bsn == null ? null : new Bsn(bsn), rs.getObject("brp_datum", LocalDate.class), rs.getString("ind_status"),
                rs.getObject("ind_uitgenodigd_op", LocalDate.class), rs.getObject("ind_afspraak_op", LocalDate.class),
                rs.getObject("bescherming_tot", LocalDate.class), rs.getBoolean("alleenreizend_minderjarig"),
                rs.getBoolean("medische_zorg"), rs.getBoolean("toegankelijkheid"), rs.getString("taal"));
    }

    static LinkedHashMap<String, String> leeg() {
        return new LinkedHashMap<>();
    }
}
