// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.bewoners.internal.BewonerRij;
import nl.onderdak.bewoners.internal.DubbeleInschrijving;
import nl.onderdak.bewoners.internal.LidValidatie;
import nl.onderdak.bewoners.internal.TeVaakGeweigerd;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households and their members: the public API of this module.
 *
 * <p>Who sees what (ADR 0014): a gemeente sees a household when it has a {@link Relatie} that gives
 * access ({@code registrerend} or {@code opvangend} in {@code huishouden_gemeente}); a gemeente with
 * only a proposal ({@code voorgesteld}) does not. A region coordinator sees it only while it handles a
 * placement request of the household in its region, the LCVS only for a request passed to it (both
 * without BSN); other national organisations and roles never. A household with a child travelling
 * alone is visible only to users with the role {@link Rol#MINDERJARIGEN}. Anything else answers as
 * not found. Every view, search hit and change writes one processing-log record per person in the
 * same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Huishoudens {

    private static final String ACTIVITEIT = BewonerRij.ACTIVITEIT;
    private static final String DOEL_REGISTRATIE = BewonerRij.DOEL_REGISTRATIE;
    private static final String DOEL_DUBBEL = BewonerRij.DOEL_DUBBEL;
    /** Registrations a user may have refused per day because the person is registered at another gemeente. */
    public static final int WEIGERINGEN_PER_DAG = 10;

    private final JdbcClient jdbc;
    private final Logboek logboek;
    private final Clock clock;
    private final ObjectProvider<Plaatsingsinzage> plaatsingsinzage;

    Huishoudens(JdbcClient jdbc, Logboek logboek, Clock clock, ObjectProvider<Plaatsingsinzage> plaatsingsinzage) {
        this.jdbc = jdbc;
        this.logboek = logboek;
        this.clock = clock;
        this.plaatsingsinzage = plaatsingsinzage;
    }

    /**
     * Registers a household of the user's gemeente. A BSN that already exists is refused before
     * anything is written (no unique-violation error, so the number never reaches the database
     * server's log): the refusal is logged for the existing person and, when that person is
     * registered elsewhere, counted against the user's daily limit; the other gemeente is never named.
     */
    @Transactional(noRollbackFor = DubbeleInschrijving.class)
    public Huishouden registreer(@Nullable List<@Nullable LidInvoer> leden, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var vandaag = LocalDate.now(clock);
        var fouten = new ArrayList<Veld>();
        if (leden == null || leden.isEmpty()) {
            throw OngeldigeInvoer.veld("leden", Berichten.tekst("bewoner.fout.huishoudenZonderLeden"));
        }
        if (leden.size() > 30) {
            throw OngeldigeInvoer.veld("leden", Berichten.tekst("bewoner.fout.huishoudenTeGroot"));
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
            fouten.add(new Veld("leden", Berichten.tekst("bewoner.fout.dubbelBsn")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        if (!bsns.isEmpty()) {
            weigerBestaandBsn(bsns, gemeente, gebruiker);
        }
        var id = UUID.randomUUID();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("insert into bewoners.huishouden (id, gemeente_code, aangemaakt_op, aangemaakt_door) values (?, ?, ?, ?)")
                .params(id, gemeente, nu, gebruiker.gebruikersnaam()).update();
        jdbc.sql("insert into bewoners.huishouden_gemeente (huishouden_id, gemeente_code, relatie) values (?, ?, 'registrerend')")
                .params(id, gemeente).update();
        var ids = new ArrayList<UUID>();
        for (var l : geldig) {
            var lid = voegLidToe(id, l, nu);
            if (lid == null) {
                // Registered at the same moment by someone else: refused without a unique-violation error.
                throw new Conflict("bsn-bestaat", Berichten.tekst("bewoner.conflict.bsnBestaat"));
            }
            ids.add(lid);
        }
        logboek.leg(Handeling.AANMAKEN, ACTIVITEIT, DOEL_REGISTRATIE, ids, gebruiker);
        return bekijk(id, gebruiker, new Scope.Gemeente(gemeente)).orElseThrow();
    }

    /**
     * Refuses the registration when one of the BSNs is in Onderdak already. First the daily limit (for
     * any registration with a BSN, so a refusal at the limit tells nothing about the number), then the
     * lookup; the refusal is logged for the person found.
     */
    @Transactional(noRollbackFor = DubbeleInschrijving.class)
    void weigerBestaandBsn(List<String> bsns, String gemeente, Gebruiker gebruiker) {
        var vandaag = LocalDate.now(clock);
        int eerder = jdbc.sql("select coalesce(max(aantal), 0) from bewoners.dubbele_inschrijving_weigering where gebruiker = ? and dag = ?")
                .params(gebruiker.gebruikersnaam(), vandaag).query(Integer.class).single();
        if (eerder >= WEIGERINGEN_PER_DAG) {
            throw new TeVaakGeweigerd("U heeft vandaag al " + WEIGERINGEN_PER_DAG + " keer iemand willen inschrijven die al in Onderdak"
                    + " staat. Registreren met een BSN kan weer vanaf morgen; neem voor een overdracht contact op met het LCVS.");
        }
        var bestaand = jdbc.sql("select id, huishouden_id from bewoners.bewoner where bsn = any(?) and samengevoegd_in is null")
                .param(bsns.toArray(String[]::new))
                .query((rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        if (bestaand.isEmpty()) {
            return;
        }
        logboek.leg(Handeling.ZOEKEN, ACTIVITEIT, DOEL_DUBBEL, bestaand.stream().map(b -> b[0]).toList(), gebruiker);
        boolean eigen = bestaand.stream().allMatch(b -> relatie(b[1], gemeente).filter(Relatie::geeftInzage).isPresent());
        if (eigen) {
            throw new DubbeleInschrijving("Deze persoon staat al in Onderdak bij uw gemeente. Zoek de bewoner op met het BSN.");
        }
        jdbc.sql("""
                insert into bewoners.dubbele_inschrijving_weigering (gebruiker, dag, aantal) values (?, ?, 1)
                on conflict (gebruiker, dag) do update set aantal = dubbele_inschrijving_weigering.aantal + 1""")
                .params(gebruiker.gebruikersnaam(), vandaag).update();
        throw new DubbeleInschrijving("Deze persoon staat al in Onderdak bij een andere gemeente. Neem contact op met het LCVS"
                + " (Landelijk Coördinatiecentrum Verdeling en Spreiding) om de inschrijving over te dragen.");
    }

    /** The member's id, or null when its BSN was registered by someone else at the same moment. */
    @Nullable UUID voegLidToe(UUID huishouden, LidValidatie.GeldigLid l, Timestamp nu) {
        var id = UUID.randomUUID();
        int rijen = jdbc.sql("""
                insert into bewoners.bewoner (id, huishouden_id, voornaam, achternaam, voornaam_origineel, achternaam_origineel, naamsleutel,
                    geboortedatum, geslacht, nationaliteit_categorie, identiteitsdocumenten, brp_status, bsn, brp_datum, ind_status,
                    ind_uitgenodigd_op, ind_afspraak_op, bescherming_tot, alleenreizend_minderjarig, medische_zorg, toegankelijkheid,
                    taal, aangemaakt_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(id, huishouden, l.voornaam(), l.achternaam(), l.voornaamOrigineel(), l.achternaamOrigineel(),
                        Namen.sleutel(l.voornaam() + " " + l.achternaam()), l.geboortedatum(), l.geslacht(), l.nationaliteit(),
                        l.documenten().toArray(String[]::new), l.brpStatus(), l.bsn() == null ? null : l.bsn().waarde(),
                        l.brpDatum(), l.indStatus(), l.indUitgenodigdOp(), l.indAfspraakOp(), l.beschermingTot(),
                        l.alleenreizend(), l.medisch(), l.toegankelijkheid(), l.taal(), nu)
                .update();
        return rijen == 1 ? id : null;
    }

    /** The household as the user may see it, and a log record per visible member; empty when out of scope. */
    @Transactional
    public Optional<Huishouden> bekijk(UUID id, Gebruiker gebruiker, Scope scope) {
        var huishouden = lees(id, gebruiker, scope);
        huishouden.ifPresent(h -> logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL_REGISTRATIE,
                h.leden().stream().map(Bewoner::id).toList(), gebruiker));
        return huishouden;
    }

    /**
     * Reads without logging, for other modules that act on the household and log that act themselves.
     * Empty when the user may not see it: a gemeente whose only relation is a proposal
     * ({@link Relatie#VOORGESTELD}) gets nothing here.
     */
    public Optional<Huishouden> lees(UUID id, Gebruiker gebruiker, Scope scope) {
        return lees(List.of(id), gebruiker, scope).stream().findFirst();
    }

    /**
     * The households of {@code ids} the user may see, in the order given, each as {@link #lees(UUID,
     * Gebruiker, Scope)} gives it (the same access rule, a child travelling alone only with the role,
     * merged members left out, the BSN only for gemeente employees), in three statements whatever the
     * number: the one mapping of a household's rows, for one household and for a page of them. Not logged.
     */
    public List<Huishouden> lees(java.util.Collection<UUID> ids, Gebruiker gebruiker, Scope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var koppen = new java.util.LinkedHashMap<UUID, Huishouden>();
        jdbc.sql("select id, gemeente_code, aangemaakt_op from bewoners.huishouden where id = any(?)").param(ids.toArray(UUID[]::new))
                .query((rs, i) -> new Huishouden(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(), List.of()))
                .list().forEach(h -> koppen.put(h.id(), h));
        var zichtbaar = zichtbaar(koppen.keySet(), gebruiker, scope);
        if (zichtbaar.isEmpty()) {
            return List.of();
        }
        var leden = new java.util.HashMap<UUID, List<Bewoner>>();
        jdbc.sql("select * from bewoners.bewoner where huishouden_id = any(?) and samengevoegd_in is null order by geboortedatum, id")
                .param(zichtbaar.toArray(UUID[]::new)).query(BewonerRij::bewoner).list()
                .forEach(b -> leden.computeIfAbsent(b.huishoudenId(), k -> new java.util.ArrayList<>()).add(b));
        var minderjarigen = gebruiker.heeft(Rol.MINDERJARIGEN);
        var gemeenteMedewerker = gebruiker.organisatie().soort() == Organisatie.Soort.GEMEENTE;
        var uit = new java.util.ArrayList<Huishouden>();
        for (var id : new java.util.LinkedHashSet<>(ids)) {
            var kop = koppen.get(id);
            if (kop == null || !zichtbaar.contains(id)) {
                continue;
            }
            var eigen = leden.getOrDefault(id, List.of());
            if (eigen.stream().anyMatch(Bewoner::alleenreizendMinderjarig) && !minderjarigen) {
                continue;
            }
            uit.add(new Huishouden(kop.id(), kop.gemeenteCode(), kop.aangemaaktOp(),
                    gemeenteMedewerker ? List.copyOf(eigen) : eigen.stream().map(Bewoner::zonderBsn).toList()));
        }
        return uit;
    }

    /** Of these households, those the organisation and role of the user give access to (ADR 0014), in one statement for a gemeente. */
    private java.util.Set<UUID> zichtbaar(java.util.Set<UUID> huishoudens, Gebruiker gebruiker, Scope scope) {
        var org = gebruiker.organisatie();
        return switch (org.soort()) {
            case GEMEENTE -> !(gebruiker.isGemeenteMedewerker() && scope.omvat(org.gemeenteCode())) ? java.util.Set.of()
                    : new java.util.HashSet<>(jdbc.sql("""
                            select huishouden_id, relatie from bewoners.huishouden_gemeente where huishouden_id = any(?) and gemeente_code = ?""")
                            .params(huishoudens.toArray(UUID[]::new), org.gemeenteCode())
                            .query((rs, i) -> {
                                var id = rs.getObject(1, UUID.class);
                                return Relatie.van(rs.getString(2)).filter(Relatie::geeftInzage).map(r -> id);
                            })
                            .list().stream().flatMap(Optional::stream).toList());
            case VEILIGHEIDSREGIO, LANDELIJK -> new java.util.HashSet<>(huishoudens.stream().filter(h -> zichtbaar(h, gebruiker, scope)).toList());
            case MATCHING, PROVINCIE -> java.util.Set.of();
        };
    }

    /** Whether the organisation and role of the user give access to the household (ADR 0014). */
    private boolean zichtbaar(UUID huishouden, Gebruiker gebruiker, Scope scope) {
        var org = gebruiker.organisatie();
        return switch (org.soort()) {
            case GEMEENTE -> gebruiker.isGemeenteMedewerker() && scope.omvat(org.gemeenteCode())
                    && relatie(huishouden, org.gemeenteCode()).filter(Relatie::geeftInzage).isPresent();
            case VEILIGHEIDSREGIO, LANDELIJK -> (gebruiker.heeft(Rol.REGIO_COORDINATOR) || gebruiker.heeft(Rol.LCVS_PLAATSER))
                    && plaatsingsinzage.stream().anyMatch(p -> p.behandeltVerzoekVoor(huishouden, gebruiker));
            case MATCHING, PROVINCIE -> false;
        };
    }

    /** The relation of a gemeente to a household, if any. */
    public Optional<Relatie> relatie(UUID huishouden, String gemeente) {
        return jdbc.sql("select relatie from bewoners.huishouden_gemeente where huishouden_id = ? and gemeente_code = ?")
                .params(huishouden, gemeente).query(String.class).optional().flatMap(Relatie::van);
    }

    /** Who may list and register households: a gemeente employee, for their own gemeente. The menu asks the same. */
    public static boolean magHuishoudensZien(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && gebruiker.isGemeenteMedewerker();
    }

    /**
     * The composition of a household for placement: per member the age on {@code dag}, sex and needs;
     * no names, date of birth or BSN. For the placement module, which decides who may see a request
     * and writes the processing-log record of showing it.
     */
    public Optional<Samenstelling> samenstelling(UUID id, LocalDate dag) {
        var leden = jdbc.sql("select * from bewoners.bewoner where huishouden_id = ? and samengevoegd_in is null order by geboortedatum, id")
                .param(id).query(BewonerRij::bewoner).list();
        return samenstelling(id, leden, dag);
    }

    /**
     * {@link #samenstelling(UUID, LocalDate)} for a list of (household, day) pairs at once, in the same
     * order: one query for all the households instead of one per pair (a region's list of requests
     * asked one per request: measured 123,000 queries in one load test).
     */
    public List<Optional<Samenstelling>> samenstellingen(List<Map.Entry<UUID, LocalDate>> huishoudenOpDag) {
        if (huishoudenOpDag.isEmpty()) {
            return List.of();
        }
        var perHuishouden = new HashMap<UUID, List<Bewoner>>();
        jdbc.sql("select * from bewoners.bewoner where huishouden_id = any(?) and samengevoegd_in is null order by geboortedatum, id")
                .param(huishoudenOpDag.stream().map(Map.Entry::getKey).distinct().toArray(UUID[]::new))
                .query(BewonerRij::bewoner).list()
                .forEach(b -> perHuishouden.computeIfAbsent(b.huishoudenId(), k -> new ArrayList<>()).add(b));
        return huishoudenOpDag.stream()
                .map(p -> samenstelling(p.getKey(), perHuishouden.getOrDefault(p.getKey(), List.of()), p.getValue())).toList();
    }

    private static Optional<Samenstelling> samenstelling(UUID id, List<Bewoner> leden, LocalDate dag) {
        if (leden.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Samenstelling(id, leden.stream()
                .map(b -> new Samenstelling.Lid(b.id(), Math.max(0, b.leeftijdOp(dag)), b.geslacht(), b.alleenreizendMinderjarig(),
                        b.medischeZorg(), b.toegankelijkheid(), b.taal()))
                .toList()));
    }

    /** Of the given households, those with a child travelling alone (shown only with the role MINDERJARIGEN). */
    public java.util.Set<UUID> metAlleenreizendeMinderjarige(java.util.Collection<UUID> huishoudens) {
        if (huishoudens.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("""
                select distinct huishouden_id from bewoners.bewoner
                 where huishouden_id = any(?) and alleenreizend_minderjarig and samengevoegd_in is null""")
                .param(huishoudens.toArray(UUID[]::new)).query(UUID.class).list());
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
            throw OngeldigeInvoer.veld("dubbel", Berichten.tekst("bewoner.fout.zelfDubbel"));
        }
        var behouden = actieveBewoner(behoudenId, gebruiker, scope);
        var dubbel = actieveBewoner(dubbelId, gebruiker, scope);
        if (behouden.bsn() != null && dubbel.bsn() != null && !behouden.bsn().equals(dubbel.bsn())) {
            throw new Conflict("verschillend-bsn", Berichten.tekst("bewoner.conflict.verschillendBsn"));
        }
        jdbc.sql("update bewoners.bewoner set samengevoegd_in = ? where id = ?").params(behoudenId, dubbelId).update();
        jdbc.sql("""
                update bewoners.bewoner set bsn = coalesce(bsn, ?), brp_datum = coalesce(brp_datum, ?),
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
        return jdbc.sql("select * from bewoners.bewoner where id = ? and samengevoegd_in is null").param(id).query(BewonerRij::bewoner)
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

    /**
     * A place in {@code gemeente} was proposed for the household by request {@code verzoek}: the
     * gemeente gets the relation {@link Relatie#VOORGESTELD} (no access to the household), unless it
     * already has a relation, which is never lowered.
     */
    @Transactional
    public void stelVoorAan(UUID huishouden, String gemeente, UUID verzoek) {
        jdbc.sql("""
                insert into bewoners.huishouden_gemeente (huishouden_id, gemeente_code, relatie, plaatsingsverzoek_id)
                values (?, ?, 'voorgesteld', ?) on conflict do nothing""")
                .params(huishouden, gemeente, verzoek).update();
    }

    /**
     * The gemeente accepted the proposal of request {@code verzoek}: {@link Relatie#VOORGESTELD} becomes
     * {@link Relatie#OPVANGEND}. A gemeente that already had access keeps its relation.
     */
    @Transactional
    public void aanvaard(UUID huishouden, String gemeente, UUID verzoek) {
        var huidig = relatie(huishouden, gemeente);
        if (huidig.isEmpty()) {
            neemOp(huishouden, gemeente);
        } else if (huidig.get().magWorden(Relatie.OPVANGEND)) {
            jdbc.sql("""
                    update bewoners.huishouden_gemeente set relatie = 'opvangend', plaatsingsverzoek_id = null
                     where huishouden_id = ? and gemeente_code = ? and relatie = 'voorgesteld' and plaatsingsverzoek_id = ?""")
                    .params(huishouden, gemeente, verzoek).update();
        }
    }

    /** The proposal of request {@code verzoek} was declined or the request withdrawn: every access it gave goes. */
    @Transactional
    public void trekVoorstelIn(UUID huishouden, UUID verzoek) {
        jdbc.sql("delete from bewoners.huishouden_gemeente where huishouden_id = ? and relatie = 'voorgesteld' and plaatsingsverzoek_id = ?")
                .params(huishouden, verzoek).update();
    }

    /** The household was checked in by a gemeente that may see it: that gemeente now also hosts it. Idempotent. */
    @Transactional
    public void neemOp(UUID huishouden, String gemeente) {
        jdbc.sql("insert into bewoners.huishouden_gemeente (huishouden_id, gemeente_code, relatie) values (?, ?, 'opvangend') on conflict do nothing")
                .params(huishouden, gemeente).update();
    }

    /**
     * Search by BSN (exact) or by name and date of birth (also across scripts and spellings), within
     * the scope; a log record per person found. Only gemeente employees may search.
     */
    @Transactional
    public List<Bewoner> zoek(@Nullable String bsn, @Nullable String naam, @Nullable String geboortedatum, Gebruiker gebruiker,
            Scope scope) {
        gebruiker.eigenGemeente();
        var fouten = new ArrayList<Veld>();
        Bsn gezochtBsn = null;
        if (Invoer.schoon(bsn) != null) {
            gezochtBsn = Bsn.lees(bsn).orElse(null);
            if (gezochtBsn == null) {
                fouten.add(new Veld("bsn", Berichten.tekst("bewoner.fout.bsn")));
            }
        }
        var geboorte = Invoer.datum(geboortedatum, "geboortedatum", false, fouten);
        LidValidatie.hoogstens(naam, "naam", 200, fouten);
        if (gezochtBsn == null && fouten.isEmpty() && Invoer.schoon(naam) == null) {
            fouten.add(new Veld("bsn", Berichten.tekst("bewoner.fout.zoek")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        List<Bewoner> kandidaten;
        if (gezochtBsn != null) {
            kandidaten = jdbc.sql("select * from bewoners.bewoner where bsn = ? and samengevoegd_in is null").param(gezochtBsn.waarde())
                    .query(BewonerRij::bewoner).list();
        } else if (geboorte == null) {
            // Without a date of birth: part of the name in any script, or its transliteration key (trigram index on the stored search text, V48).
            var gezocht = Invoer.schoon(naam).toLowerCase(java.util.Locale.ROOT);
            var sleutel = gezocht.length() >= 3 ? Namen.sleutel(gezocht) : "";
            kandidaten = jdbc.sql("""
                    select * from bewoners.bewoner where samengevoegd_in is null
                       and (zoektekst like :patroon escape '\\'
                            or (:sleutel <> '' and naamsleutel like :sleutelpatroon))
                     order by achternaam, voornaam limit 200""")
                    .param("patroon", "%" + gezocht.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                    .param("sleutel", sleutel).param("sleutelpatroon", "%" + sleutel + "%")
                    .query(BewonerRij::bewoner).list();
        } else {
            kandidaten = jdbc.sql("select * from bewoners.bewoner where geboortedatum = ? and samengevoegd_in is null").param(geboorte)
                    .query(BewonerRij::bewoner).list().stream()
                    .filter(b -> Namen.lijkenOpElkaar(naam, b.voornaam() + " " + b.achternaam())
                            || (b.voornaamOrigineel() != null && Namen.lijkenOpElkaar(naam,
                                    b.voornaamOrigineel() + " " + (b.achternaamOrigineel() == null ? "" : b.achternaamOrigineel()))))
                    .toList();
        }
        var gevonden = kandidaten.stream().filter(b -> lees(b.huishoudenId(), gebruiker, scope).isPresent()).toList();
        logboek.leg(Handeling.ZOEKEN, ACTIVITEIT, DOEL_REGISTRATIE, gevonden.stream().map(Bewoner::id).toList(), gebruiker);
        return gevonden;
    }

    /**
     * People within the scope who are probably the one about to be registered (same date of birth, a
     * similar name in any script), to warn before saving; a search-hit record per person found.
     */
    @Transactional
    public List<Bewoner> mogelijkDezelfde(String voornaam, String achternaam, LocalDate geboortedatum, Gebruiker gebruiker,
            Scope scope) {
        var naam = voornaam + " " + achternaam;
        var gevonden = jdbc.sql("select * from bewoners.bewoner where geboortedatum = ? and samengevoegd_in is null")
                .param(geboortedatum).query(BewonerRij::bewoner).list().stream()
                .filter(b -> Namen.lijkenOpElkaar(naam, b.voornaam() + " " + b.achternaam())
                        || (b.voornaamOrigineel() != null && Namen.lijkenOpElkaar(naam,
                                b.voornaamOrigineel() + " " + (b.achternaamOrigineel() == null ? "" : b.achternaamOrigineel()))))
                .filter(b -> lees(b.huishoudenId(), gebruiker, scope).isPresent())
                .toList();
        logboek.leg(Handeling.ZOEKEN, ACTIVITEIT, DOEL_DUBBEL, gevonden.stream().map(Bewoner::id).toList(), gebruiker);
        return gevonden;
    }

    /** Members within the scope with the same date of birth and a similar name: probably the same person. */
    @Transactional
    public List<Bewoner> waarschijnlijkeDubbelen(Bewoner bewoner, Gebruiker gebruiker, Scope scope) {
        var gevonden = jdbc.sql("select * from bewoners.bewoner where geboortedatum = ? and id <> ? and samengevoegd_in is null")
                .params(bewoner.geboortedatum(), bewoner.id()).query(BewonerRij::bewoner).list().stream()
                .filter(b -> Namen.lijkenOpElkaar(b.voornaam() + " " + b.achternaam(),
                        bewoner.voornaam() + " " + bewoner.achternaam()))
                .filter(b -> lees(b.huishoudenId(), gebruiker, scope).isPresent())
                .toList();
        logboek.leg(Handeling.ZOEKEN, ACTIVITEIT, DOEL_REGISTRATIE, gevonden.stream().map(Bewoner::id).toList(), gebruiker);
        return gevonden;
    }


}
