// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.onderdak.bewoners.internal.BewonerRij;
import nl.onderdak.bewoners.internal.DubbeleInschrijving;
import nl.onderdak.bewoners.internal.LidValidatie;
import nl.onderdak.bewoners.internal.VersieVerouderd;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping records current after intake: correcting or completing a person (a JSON merge patch, the
 * same checks as at intake), adding a member, splitting members off into a household of their own
 * with a reason. Only a gemeente employee who may see the household acts; anything else answers as
 * not found. Each change writes, in the same transaction, its before and after into the household's
 * history ({@code bewoners.wijziging}, a BSN only masked) and a record per person into the processing
 * log. A change of a person locks its row and raises its version, so two concurrent changes are applied
 * one after the other (neither is lost) and a change for a stale version ({@code If-Match}) is refused.
 */
@Service
@Transactional(readOnly = true)
public class Bewonerwijzigingen {

    /** The fields a patch may carry, in the order the history shows them. */
    public static final List<String> VELDEN = List.of("voornaam", "achternaam", "voornaamOrigineel", "achternaamOrigineel",
            "geboortedatum", "geslacht", "nationaliteitCategorie", "identiteitsdocumenten", "bsn", "brpStatus", "brpDatum",
            "indStatus", "indUitgenodigdOp", "indAfspraakOp", "beschermingTot", "alleenreizendMinderjarig", "medischeZorg",
            "toegankelijkheid", "taal");
    private static final Set<String> JA_NEE = Set.of("alleenreizendMinderjarig", "medischeZorg", "toegankelijkheid");
    /** The most characters of a reason for a split or removal. */
    public static final int REDEN_MAX = 1_000;

    /** What kind of change a history line records. */
    public enum Soort {
        GEWIJZIGD("gewijzigd"), LID_TOEGEVOEGD("lid_toegevoegd"), AFGESPLITST("afgesplitst"), LID_VERWIJDERD("lid_verwijderd");

        private final String code;

        Soort(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Soort van(String code) {
            for (var s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }

    /**
     * One line of a household's history. {@code voor} and {@code na} are stored values: dates as
     * JJJJ-MM-DD, codes as codes, a BSN masked; the page shows them in words.
     */
    public record Wijziging(Soort soort, @Nullable UUID bewoner, @Nullable String naam, @Nullable String veld,
            @Nullable String voor, @Nullable String na, @Nullable String reden, String door, Instant op) {
    }

    private final JdbcClient jdbc;
    private final Logboek logboek;
    private final Clock clock;
    private final Huishoudens huishoudens;
    private final ObjectProvider<Splitsingsvolger> volgers;

    Bewonerwijzigingen(JdbcClient jdbc, Logboek logboek, Clock clock, Huishoudens huishoudens,
            ObjectProvider<Splitsingsvolger> volgers) {
        this.jdbc = jdbc;
        this.logboek = logboek;
        this.clock = clock;
        this.huishoudens = huishoudens;
        this.volgers = volgers;
    }

    /**
     * Applies a JSON merge patch (RFC 7396) to a person: a field present sets it, a field with null clears
     * it (refused for a required field), a field absent stays. Unknown fields and every wrong value are
     * named at once. A BSN that arrives later is checked as at intake (elfproef, not in Onderdak yet) and
     * registers the person in the BRP unless the patch says otherwise. {@code verwachteVersie} (If-Match)
     * refuses the change when someone else changed the person since.
     */
    @Transactional(noRollbackFor = DubbeleInschrijving.class)
    public Bewoner wijzig(UUID id, @Nullable Map<String, ?> patch, @Nullable Integer verwachteVersie, Gebruiker gebruiker,
            Scope scope) {
        var gemeente = gebruiker.eigenGemeente();
        zichtbaar(id, gebruiker, scope);
        // The row lock makes concurrent changes of one person wait for each other: each applies to the latest values.
        jdbc.sql("select id from bewoners.bewoner where id = ? for update").param(id).query(UUID.class).single();
        var huidig = zichtbaar(id, gebruiker, scope);
        if (verwachteVersie != null && verwachteVersie != huidig.versie()) {
            throw new VersieVerouderd(huidig.versie());
        }
        var fouten = new ArrayList<Veld>();
        if (patch == null) {
            throw OngeldigeInvoer.veld("wijziging", Berichten.tekst("bewoner.fout.patchObject"));
        }
        var waarden = alsTekst(huidig);
        for (var e : patch.entrySet()) {
            var veld = e.getKey();
            if (!VELDEN.contains(veld)) {
                fouten.add(new Veld(veld, Berichten.tekst("bewoner.fout.onbekendVeld")));
                continue;
            }
            var w = e.getValue();
            if (JA_NEE.contains(veld)) {
                if (w == null) {
                    waarden.put(veld, "nee");
                } else if (w instanceof Boolean b) {
                    waarden.put(veld, b ? "ja" : "nee");
                } else {
                    fouten.add(new Veld(veld, Berichten.tekst("bewoner.fout.jaNee")));
                }
            } else if (veld.equals("identiteitsdocumenten")) {
                if (w == null) {
                    waarden.put(veld, null);
                } else if (w instanceof List<?> l && l.stream().allMatch(d -> d == null || d instanceof String)) {
                    waarden.put(veld, String.join("\n", l.stream().filter(Objects::nonNull).map(String.class::cast).toList()));
                } else {
                    fouten.add(new Veld(veld, Berichten.tekst("bewoner.fout.lijst")));
                }
            } else if (w == null || w instanceof String) {
                waarden.put(veld, (String) w);
            } else {
                fouten.add(new Veld(veld, Berichten.tekst(veld.endsWith("datum") || veld.endsWith("Op") || veld.endsWith("Tot")
                        ? "bewoner.fout.tekstMetDatum" : "bewoner.fout.tekst")));
            }
        }
        boolean bsnNieuw = patch.containsKey("bsn") && Invoer.schoon(waarden.get("bsn")) != null
                && (huidig.bsn() == null || !huidig.bsn().waarde().equals(Invoer.schoon(waarden.get("bsn"))));
        if (bsnNieuw && !patch.containsKey("brpStatus")
                && Set.of("niet_ingeschreven", "afspraak_gepland").contains(huidig.brpStatus())) {
            // A BSN that arrives later means the BRP registration took place, as at intake.
            waarden.put("brpStatus", "ingeschreven");
        }
        var geldig = LidValidatie.valideer(invoer(waarden), "", LocalDate.now(clock), fouten);
        if (!fouten.isEmpty() || geldig == null) {
            throw new OngeldigeInvoer(fouten);
        }
        if (geldig.alleenreizend() && !huidig.alleenreizendMinderjarig() && !gebruiker.heeft(Rol.MINDERJARIGEN)) {
            throw new AccessDeniedException("alleen medewerkers met de rol voor alleenreizende minderjarigen registreren hen");
        }
        if (bsnNieuw) {
            huishoudens.weigerBestaandBsn(List.of(geldig.bsn().waarde()), gemeente, gebruiker);
        }
        var voor = opgeslagen(huidig);
        var na = opgeslagen(geldig);
        var veranderd = VELDEN.stream().filter(v -> !Objects.equals(voor.get(v), na.get(v))).toList();
        if (veranderd.isEmpty()) {
            return huidig;
        }
        try {
            jdbc.sql("""
                    update bewoners.bewoner set voornaam = ?, achternaam = ?, voornaam_origineel = ?, achternaam_origineel = ?,
                        naamsleutel = ?, geboortedatum = ?, geslacht = ?, nationaliteit_categorie = ?, identiteitsdocumenten = ?,
                        brp_status = ?, bsn = ?, brp_datum = ?, ind_status = ?, ind_uitgenodigd_op = ?, ind_afspraak_op = ?,
                        bescherming_tot = ?, alleenreizend_minderjarig = ?, medische_zorg = ?, toegankelijkheid = ?, taal = ?,
                        versie = versie + 1
                     where id = ?""")
                    .params(geldig.voornaam(), geldig.achternaam(), geldig.voornaamOrigineel(), geldig.achternaamOrigineel(),
                            Namen.sleutel(geldig.voornaam() + " " + geldig.achternaam()), geldig.geboortedatum(), geldig.geslacht(),
                            geldig.nationaliteit(), geldig.documenten().toArray(String[]::new), geldig.brpStatus(),
                            geldig.bsn() == null ? null : geldig.bsn().waarde(), geldig.brpDatum(), geldig.indStatus(),
                            geldig.indUitgenodigdOp(), geldig.indAfspraakOp(), geldig.beschermingTot(), geldig.alleenreizend(),
                            geldig.medisch(), geldig.toegankelijkheid(), geldig.taal(), id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("bsn-bestaat", Berichten.tekst("bewoner.conflict.bsnBestaat"));
        }
        var nu = Timestamp.from(clock.instant());
        for (var v : veranderd) {
            // A BSN is never written in full into the history: the last three digits tell two numbers apart.
            var oud = v.equals("bsn") && voor.get(v) != null ? new Bsn(voor.get(v)).gemaskeerd() : voor.get(v);
            var nieuwe = v.equals("bsn") && na.get(v) != null ? new Bsn(na.get(v)).gemaskeerd() : na.get(v);
            schrijf(huidig.huishoudenId(), id, Soort.GEWIJZIGD, v, oud, nieuwe, null, gebruiker, nu);
        }
        logboek.leg(Handeling.WIJZIGEN, BewonerRij.ACTIVITEIT, BewonerRij.DOEL_REGISTRATIE, List.of(id), gebruiker);
        return zichtbaar(id, gebruiker, scope);
    }

    /** Adds a member to a household the user may see, checked as at intake. */
    @Transactional(noRollbackFor = DubbeleInschrijving.class)
    public Bewoner voegLidToe(UUID huishouden, LidInvoer lid, Gebruiker gebruiker, Scope scope) {
        var gemeente = gebruiker.eigenGemeente();
        huishoudens.lees(huishouden, gebruiker, scope).orElseThrow(() -> new NietGevonden("Huishouden"));
        var fouten = new ArrayList<Veld>();
        var geldig = LidValidatie.valideer(lid, "", LocalDate.now(clock), fouten);
        if (!fouten.isEmpty() || geldig == null) {
            throw new OngeldigeInvoer(fouten);
        }
        if (geldig.alleenreizend() && !gebruiker.heeft(Rol.MINDERJARIGEN)) {
            throw new AccessDeniedException("alleen medewerkers met de rol voor alleenreizende minderjarigen registreren hen");
        }
        if (geldig.bsn() != null) {
            huishoudens.weigerBestaandBsn(List.of(geldig.bsn().waarde()), gemeente, gebruiker);
        }
        var nu = Timestamp.from(clock.instant());
        var id = huishoudens.voegLidToe(huishouden, geldig, nu);
        if (id == null) {
            throw new Conflict("bsn-bestaat", Berichten.tekst("bewoner.conflict.bsnBestaat"));
        }
        schrijf(huishouden, id, Soort.LID_TOEGEVOEGD, null, null, geldig.voornaam() + " " + geldig.achternaam(), null, gebruiker, nu);
        logboek.leg(Handeling.AANMAKEN, BewonerRij.ACTIVITEIT, BewonerRij.DOEL_REGISTRATIE, List.of(id), gebruiker);
        return zichtbaar(id, gebruiker, scope);
    }

    /**
     * Splits members off into a new household of their own, with a reason; the new household has the
     * same gemeenten with access as the old one. Removing a member from a household is the same act for
     * one member ({@link Soort#LID_VERWIJDERD}): the person's record, history and placements stay, in a
     * household of their own, so nothing about them is lost. At least one member stays behind. The members
     * who leave keep sleeping where they sleep: from today their running bed stays belong to the new
     * household ({@link Splitsingsvolger}, implemented by plaatsing), in this same transaction.
     */
    @Transactional
    public UUID splits(UUID huishouden, @Nullable List<UUID> leden, @Nullable String reden, Soort soort, Gebruiker gebruiker,
            Scope scope) {
        gebruiker.eigenGemeente();
        if (soort != Soort.AFGESPLITST && soort != Soort.LID_VERWIJDERD) {
            throw new IllegalArgumentException(soort.name());
        }
        // The household's row lock makes concurrent splits of one household take turns: each counts the
        // members the one before left, so together they can never take everyone out.
        jdbc.sql("select id from bewoners.huishouden where id = ? for no key update").param(huishouden).query(UUID.class).optional();
        var h = huishoudens.lees(huishouden, gebruiker, scope).orElseThrow(() -> new NietGevonden("Huishouden"));
        var fouten = new ArrayList<Veld>();
        var r = Invoer.verplicht(reden, "reden", Berichten.tekst("bewoner.fout.reden"), REDEN_MAX, fouten);
        var ids = leden == null ? List.<UUID>of() : List.copyOf(new java.util.LinkedHashSet<>(leden));
        var vanHuishouden = new HashSet<>(h.leden().stream().map(Bewoner::id).toList());
        if (ids.isEmpty()) {
            fouten.add(new Veld("leden", Berichten.tekst("bewoner.fout.minstensEenLid")));
        } else if (!vanHuishouden.containsAll(ids)) {
            fouten.add(new Veld("leden", Berichten.tekst("bewoner.fout.alleenEigenLeden")));
        } else if (ids.size() >= vanHuishouden.size()) {
            fouten.add(new Veld("leden", Berichten.tekst("bewoner.fout.eenLidBlijft")));
        } else if (soort == Soort.LID_VERWIJDERD && ids.size() != 1) {
            fouten.add(new Veld("leden", Berichten.tekst("bewoner.fout.eenTegelijk")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var nieuw = UUID.randomUUID();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into bewoners.huishouden (id, gemeente_code, aangemaakt_op, aangemaakt_door)
                select ?, gemeente_code, ?, ? from bewoners.huishouden where id = ?""")
                .params(nieuw, nu, gebruiker.gebruikersnaam(), huishouden).update();
        jdbc.sql("""
                insert into bewoners.huishouden_gemeente (huishouden_id, gemeente_code, relatie)
                select ?, gemeente_code, relatie from bewoners.huishouden_gemeente where huishouden_id = ? and relatie <> 'voorgesteld'""")
                .params(nieuw, huishouden).update();
        var namen = h.leden().stream().filter(b -> ids.contains(b.id()))
                .collect(java.util.stream.Collectors.toMap(Bewoner::id, b -> b.voornaam() + " " + b.achternaam()));
        for (var id : ids) {
            // A member merged into another record or moved by another act since the read above is not moved.
            int verhuisd = jdbc.sql("""
                    update bewoners.bewoner set huishouden_id = ?, versie = versie + 1
                     where id = ? and huishouden_id = ? and samengevoegd_in is null""")
                    .params(nieuw, id, huishouden).update();
            if (verhuisd != 1) {
                throw new Conflict("huishouden-gewijzigd", Berichten.tekst("bewoner.conflict.huishoudenGewijzigd"));
            }
            schrijf(huishouden, id, soort, "huishouden", huishouden.toString(), nieuw.toString(), r, gebruiker, nu);
            schrijf(nieuw, id, soort, "huishouden", huishouden.toString(), nieuw.toString(), r, gebruiker, nu);
        }
        logboek.leg(Handeling.WIJZIGEN, BewonerRij.ACTIVITEIT, BewonerRij.DOEL_REGISTRATIE, ids, gebruiker);
        var datum = LocalDate.now(clock);
        volgers.orderedStream().forEach(v -> v.gesplitst(huishouden, nieuw, ids, datum, r, gebruiker));
        return nieuw;
    }

    /**
     * The history of a household the caller has read (and logged) already, newest first. It shows data
     * only of the people who are members now, whom that read checked (a child travelling alone only with
     * the role) and logged: a member split off, taken out or merged into another record since appears as
     * "vertrokken lid", without their id, name or values, as their record no longer belongs here. The
     * line of the split itself keeps its reason and the two households.
     */
    public List<Wijziging> geschiedenis(UUID huishouden) {
        var vertrokken = Berichten.tekst("geschiedenis.vertrokkenLid");
        return jdbc.sql("""
                select w.soort, w.bewoner_id, b.id is not null as lid, b.voornaam || ' ' || b.achternaam as naam, w.veld, w.voor, w.na,
                       w.reden, w.door, w.op
                  from bewoners.wijziging w
                  left join bewoners.bewoner b on b.id = w.bewoner_id and b.huishouden_id = w.huishouden_id and b.samengevoegd_in is null
                 where w.huishouden_id = ? order by w.op desc, w.id desc limit 500""")
                .param(huishouden)
                .query((rs, i) -> {
                    var soort = Soort.van(rs.getString("soort"));
                    var bewoner = rs.getObject("bewoner_id", UUID.class);
                    var veld = rs.getString("veld");
                    var op = rs.getTimestamp("op").toInstant();
                    if (bewoner == null || rs.getBoolean("lid")) {
                        return new Wijziging(soort, bewoner, rs.getString("naam"), veld, rs.getString("voor"), rs.getString("na"),
                                rs.getString("reden"), rs.getString("door"), op);
                    }
                    // A split or removal names the two households, not the person; any other line's values are the person's.
                    boolean huishoudens = "huishouden".equals(veld);
                    return new Wijziging(soort, null, vertrokken, veld, huishoudens ? rs.getString("voor") : null,
                            huishoudens ? rs.getString("na") : null, rs.getString("reden"), rs.getString("door"), op);
                })
                .list();
    }

    /** One person as the user may see them, to be corrected; the view is logged. 404 otherwise. */
    @Transactional
    public Bewoner bekijk(UUID id, Gebruiker gebruiker, Scope scope) {
        gebruiker.eigenGemeente();
        var b = zichtbaar(id, gebruiker, scope);
        logboek.leg(Handeling.INZIEN, BewonerRij.ACTIVITEIT, BewonerRij.DOEL_REGISTRATIE, List.of(id), gebruiker);
        return b;
    }

    private Bewoner zichtbaar(UUID id, Gebruiker gebruiker, Scope scope) {
        return jdbc.sql("select * from bewoners.bewoner where id = ? and samengevoegd_in is null").param(id).query(BewonerRij::bewoner)
                .optional().filter(b -> huishoudens.lees(b.huishoudenId(), gebruiker, scope).isPresent())
                .orElseThrow(() -> new NietGevonden("Bewoner"));
    }

    private void schrijf(UUID huishouden, UUID bewoner, Soort soort, @Nullable String veld, @Nullable String voor,
            @Nullable String na, @Nullable String reden, Gebruiker gebruiker, Timestamp op) {
        jdbc.sql("""
                insert into bewoners.wijziging (huishouden_id, bewoner_id, soort, veld, voor, na, reden, door, op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(huishouden, bewoner, soort.code(), veld, voor, na, reden, gebruiker.gebruikersnaam(), op).update();
    }

    /** The person as typed values, so a patch can be applied and the whole checked as at intake. */
    private static Map<String, @Nullable String> alsTekst(Bewoner b) {
        var m = new LinkedHashMap<String, @Nullable String>();
        m.put("voornaam", b.voornaam());
        m.put("achternaam", b.achternaam());
        m.put("voornaamOrigineel", b.voornaamOrigineel());
        m.put("achternaamOrigineel", b.achternaamOrigineel());
        m.put("geboortedatum", tekst(b.geboortedatum()));
        m.put("geslacht", b.geslacht());
        m.put("nationaliteitCategorie", b.nationaliteitCategorie());
        m.put("identiteitsdocumenten", String.join("\n", b.identiteitsdocumenten()));
        m.put("bsn", b.bsn() == null ? null : b.bsn().waarde());
        m.put("brpStatus", b.brpStatus());
        m.put("brpDatum", tekst(b.brpDatum()));
        m.put("indStatus", b.indStatus());
        m.put("indUitgenodigdOp", tekst(b.indUitgenodigdOp()));
        m.put("indAfspraakOp", tekst(b.indAfspraakOp()));
        m.put("beschermingTot", tekst(b.beschermingTot()));
        m.put("alleenreizendMinderjarig", b.alleenreizendMinderjarig() ? "ja" : "nee");
        m.put("medischeZorg", b.medischeZorg() ? "ja" : "nee");
        m.put("toegankelijkheid", b.toegankelijkheid() ? "ja" : "nee");
        m.put("taal", b.taal());
        return m;
    }

    /** The typed values of a person (as {@link #alsTekst} gives them) as intake input. */
    public static LidInvoer invoer(Map<String, @Nullable String> w) {
        var documenten = w.get("identiteitsdocumenten");
        return new LidInvoer(w.get("voornaam"), w.get("achternaam"), w.get("voornaamOrigineel"), w.get("achternaamOrigineel"),
                w.get("geboortedatum"), w.get("geslacht"), w.get("nationaliteitCategorie"),
                documenten == null ? List.of() : List.of(documenten.split("\n")), w.get("bsn"), w.get("brpStatus"),
                w.get("brpDatum"), w.get("indStatus"), w.get("indUitgenodigdOp"), w.get("indAfspraakOp"), w.get("beschermingTot"),
                "ja".equals(w.get("alleenreizendMinderjarig")), "ja".equals(w.get("medischeZorg")),
                "ja".equals(w.get("toegankelijkheid")), w.get("taal"));
    }

    /** The current values of a person as a form shows them. */
    public static Map<String, @Nullable String> formulierwaarden(Bewoner b) {
        return alsTekst(b);
    }

    /** What is compared per field (lists joined, dates as JJJJ-MM-DD); the history masks the BSN. */
    private static Map<String, @Nullable String> opgeslagen(Bewoner b) {
        var m = alsTekst(b);
        m.put("identiteitsdocumenten", String.join(", ", b.identiteitsdocumenten()));
        return m;
    }

    private static Map<String, @Nullable String> opgeslagen(LidValidatie.GeldigLid l) {
        var m = new LinkedHashMap<String, @Nullable String>();
        m.put("voornaam", l.voornaam());
        m.put("achternaam", l.achternaam());
        m.put("voornaamOrigineel", l.voornaamOrigineel());
        m.put("achternaamOrigineel", l.achternaamOrigineel());
        m.put("geboortedatum", tekst(l.geboortedatum()));
        m.put("geslacht", l.geslacht());
        m.put("nationaliteitCategorie", l.nationaliteit());
        m.put("identiteitsdocumenten", String.join(", ", l.documenten()));
        m.put("bsn", l.bsn() == null ? null : l.bsn().waarde());
        m.put("brpStatus", l.brpStatus());
        m.put("brpDatum", tekst(l.brpDatum()));
        m.put("indStatus", l.indStatus());
        m.put("indUitgenodigdOp", tekst(l.indUitgenodigdOp()));
        m.put("indAfspraakOp", tekst(l.indAfspraakOp()));
        m.put("beschermingTot", tekst(l.beschermingTot()));
        m.put("alleenreizendMinderjarig", l.alleenreizend() ? "ja" : "nee");
        m.put("medischeZorg", l.medisch() ? "ja" : "nee");
        m.put("toegankelijkheid", l.toegankelijkheid() ? "ja" : "nee");
        m.put("taal", l.taal());
        return m;
    }

    private static @Nullable String tekst(@Nullable LocalDate d) {
        return d == null ? null : d.toString();
    }
}
