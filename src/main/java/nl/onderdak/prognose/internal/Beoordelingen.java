// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.opgave.Halfjaar;
import nl.onderdak.opgave.NieuwOpgavebesluit;
import nl.onderdak.opgave.Opgavebesluiten;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.platform.Weergave;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review every two months (seed 004; docs/regels.md, "Prognose: beoordeling"). A review records the
 * forecast used, the scenario chosen and the decision. Scaling up or down never changes a target by
 * itself: it leaves a draft (concept) target decision for a half-year, checked against the 13-week rule
 * of the opgave module; only an explicit confirmation by the target setter records it there, through
 * {@link Opgavebesluiten#legVast}.
 */
@Service
@Transactional(readOnly = true)
public class Beoordelingen {

    public enum Besluit { HANDHAVEN, OPSCHALEN, AFSCHALEN }

    public enum ConceptStatus { CONCEPT, VASTGESTELD, VERVALLEN }

    public record Tekstinvoer(@Nullable String prognoseId, @Nullable String scenario, @Nullable String besluit, @Nullable String halfjaar,
            @Nullable String landelijkTotaal, @Nullable String toelichting) {
    }

    public record Beoordeling(UUID id, UUID prognoseId, String scenario, Besluit besluit, @Nullable Halfjaar halfjaar,
            @Nullable Integer landelijkTotaal, @Nullable String toelichting, @Nullable ConceptStatus conceptStatus,
            @Nullable UUID opgavebesluitId, Instant vastgelegdOp, String vastgelegdDoor) {
    }

    /** Every two months, as the letter says. */
    public static final int TERMIJN_MAANDEN = 2;

    private final JdbcClient jdbc;
    private final Prognoses prognoses;
    private final Opgavebesluiten opgave;
    private final Clock clock;

    Beoordelingen(JdbcClient jdbc, Prognoses prognoses, Opgavebesluiten opgave, Clock clock) {
        this.jdbc = jdbc;
        this.prognoses = prognoses;
        this.opgave = opgave;
        this.clock = clock;
    }

    @Transactional
    public Beoordeling leg(Tekstinvoer in, String door) {
        var fouten = new ArrayList<Veld>();
        var vandaag = LocalDate.now(clock);
        UUID prognoseId = null;
        var idTekst = Invoer.schoon(in.prognoseId());
        if (idTekst == null) {
            fouten.add(new Veld("prognoseId", Berichten.tekst("prognose.fout.prognoseVerplicht")));
        } else {
            try {
                prognoseId = UUID.fromString(idTekst);
                if (prognoses.vind(prognoseId).isEmpty()) {
                    fouten.add(new Veld("prognoseId", Berichten.tekst("prognose.fout.prognoseOnbekend")));
                }
            } catch (IllegalArgumentException e) {
                fouten.add(new Veld("prognoseId", Berichten.tekst("prognose.fout.prognoseOnbekend")));
            }
        }
        var scenario = Invoer.verplicht(in.scenario(), "scenario", Berichten.tekst("prognose.fout.scenarioVerplicht"), 1000, fouten);
        Besluit besluit = null;
        var besluitTekst = Invoer.schoon(in.besluit());
        if (besluitTekst == null) {
            fouten.add(new Veld("besluit", Berichten.tekst("prognose.fout.besluit")));
        } else {
            try {
                besluit = Besluit.valueOf(besluitTekst.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fouten.add(new Veld("besluit", Berichten.tekst("prognose.fout.besluit")));
            }
        }
        var toelichting = Invoer.tekst(in.toelichting(), "toelichting", Invoer.TOELICHTING_MAX, fouten);
        Halfjaar halfjaar = null;
        Integer totaal = null;
        if (besluit != null && besluit != Besluit.HANDHAVEN) {
            halfjaar = Halfjaar.lees(in.halfjaar()).orElse(null);
            if (halfjaar == null) {
                fouten.add(new Veld("halfjaar", Berichten.tekst("prognose.fout.halfjaar")));
            } else if (vandaag.isAfter(halfjaar.uitersteAankondiging())) {
                // The 13-week rule of the opgave module: a draft that could only be recorded as urgent is refused here.
                fouten.add(new Veld("halfjaar", Berichten.tekst("prognose.fout.dertienWeken", halfjaar.toString(),
                        Weergave.in(Berichten.taal()).datum(halfjaar.uitersteAankondiging()))));
            }
            totaal = Invoer.geheelGetal(in.landelijkTotaal(), "landelijkTotaal", 50_000, 1_000_000, true, fouten);
            if (halfjaar != null && totaal != null) {
                var geldend = opgave.geldendOp(halfjaar.begin());
                if (geldend.isPresent()) {
                    int nu = geldend.get().landelijkTotaal();
                    if (besluit == Besluit.OPSCHALEN && totaal <= nu || besluit == Besluit.AFSCHALEN && totaal >= nu) {
                        fouten.add(new Veld("landelijkTotaal", Berichten.tekst(besluit == Besluit.OPSCHALEN
                                ? "prognose.fout.opschalenHoger" : "prognose.fout.afschalenLager",
                                Weergave.in(Berichten.taal()).getal(nu))));
                    }
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into prognose.beoordeling (id, prognose_id, scenario, besluit, halfjaar, landelijk_totaal, toelichting,
                       concept_status, vastgelegd_op, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, prognoseId, scenario, besluit.name().toLowerCase(Locale.ROOT), halfjaar == null ? null : halfjaar.toString(),
                        totaal, toelichting == null || toelichting.isBlank() ? null : toelichting,
                        besluit == Besluit.HANDHAVEN ? null : "concept", Timestamp.from(clock.instant()), door)
                .update();
        return vind(id).orElseThrow();
    }

    /**
     * Confirms a draft: records the target decision in the opgave module (which checks the 13-week rule
     * again and splits the total over the regions) and links it. Twice, or after discarding, is a conflict.
     */
    @Transactional
    public Beoordeling stelVast(UUID id, String door) {
        var b = vergrendel(id);
        var halfjaar = b.halfjaar();
        var totaal = b.landelijkTotaal();
        if (b.conceptStatus() != ConceptStatus.CONCEPT || halfjaar == null || totaal == null) {
            throw new Conflict("geen-concept", Berichten.tekst("prognose.fout.geenConcept"));
        }
        var peiljaren = opgave.peiljaren();
        int peiljaar = peiljaren.contains(halfjaar.voorgeschrevenPeiljaar()) ? halfjaar.voorgeschrevenPeiljaar()
                : peiljaren.stream().max(Integer::compare).orElse(halfjaar.voorgeschrevenPeiljaar());
        var besluit = opgave.legVast(new NieuwOpgavebesluit(halfjaar, totaal, peiljaar, LocalDate.now(clock), false, null,
                Berichten.tekst("prognose.besluit.toelichting", b.prognoseId().toString(), b.scenario())), door);
        jdbc.sql("""
                update prognose.beoordeling set concept_status = 'vastgesteld', opgavebesluit_id = ?, afgehandeld_op = ?, afgehandeld_door = ?
                 where id = ?""").params(besluit.id(), Timestamp.from(clock.instant()), door, id).update();
        return vind(id).orElseThrow();
    }

    /** Discards a draft: the target stays as it is. */
    @Transactional
    public Beoordeling laatVervallen(UUID id, String door) {
        var b = vergrendel(id);
        if (b.conceptStatus() != ConceptStatus.CONCEPT) {
            throw new Conflict("geen-concept", Berichten.tekst("prognose.fout.geenConcept"));
        }
        jdbc.sql("update prognose.beoordeling set concept_status = 'vervallen', afgehandeld_op = ?, afgehandeld_door = ? where id = ?")
                .params(Timestamp.from(clock.instant()), door, id).update();
        return vind(id).orElseThrow();
    }

    private Beoordeling vergrendel(UUID id) {
        return jdbc.sql("select * from prognose.beoordeling where id = ? for update").param(id).query(this::beoordeling).optional()
                .orElseThrow(() -> new nl.onderdak.platform.NietGevonden("Beoordeling"));
    }

    public Optional<Beoordeling> vind(UUID id) {
        return jdbc.sql("select * from prognose.beoordeling where id = ?").param(id).query(this::beoordeling).optional();
    }

    public List<Beoordeling> alle() {
        return jdbc.sql("select * from prognose.beoordeling order by vastgelegd_op desc, id").query(this::beoordeling).list();
    }

    /** The day the next review is due: two months after the last one; empty before the first forecast. */
    public Optional<LocalDate> volgendeBeoordeling() {
        var laatste = jdbc.sql("select max(vastgelegd_op) from prognose.beoordeling").query(Timestamp.class).optional()
                .filter(java.util.Objects::nonNull).map(t -> t.toInstant().atZone(Weergave.TIJDZONE).toLocalDate());
        if (laatste.isPresent()) {
            return Optional.of(laatste.get().plusMonths(TERMIJN_MAANDEN));
        }
        return jdbc.sql("select min(gemaakt_op) from prognose.prognose").query(Timestamp.class).optional()
                .filter(java.util.Objects::nonNull).map(t -> t.toInstant().atZone(Weergave.TIJDZONE).toLocalDate());
    }

    private Beoordeling beoordeling(ResultSet rs, int i) throws SQLException {
        var status = rs.getString("concept_status");
        var totaal = rs.getObject("landelijk_totaal", Integer.class);
        return new Beoordeling(rs.getObject("id", UUID.class), rs.getObject("prognose_id", UUID.class), rs.getString("scenario"),
                Besluit.valueOf(rs.getString("besluit").toUpperCase(Locale.ROOT)), Halfjaar.lees(rs.getString("halfjaar")).orElse(null),
                totaal, rs.getString("toelichting"), status == null ? null : ConceptStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                rs.getObject("opgavebesluit_id", UUID.class), rs.getTimestamp("vastgelegd_op").toInstant(), rs.getString("vastgelegd_door"));
    }
}
