// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.onderdak.bekostiging.internal.Normbedrag.Opvangvorm;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Csv;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Opstartfase;
import nl.onderdak.platform.Opstarttaak;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BooO norm amounts as dated rows. Loaded once from {@code referentiedata/regels/normbedragen_booo.csv};
 * after that a national administrator adds rows and confirms proposals by adding a confirmed row for the
 * same start, never by editing. For each day the row in force is the one with the latest start on or
 * before it, a confirmed row before a proposal with the same start.
 */
@Service
@Transactional(readOnly = true)
public class Normbedragen implements Opstarttaak {

    private final JdbcClient jdbc;
    private final Clock clock;

    Normbedragen(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Norm amounts are rules: loaded after the reference data and before anything that computes a claim. */
    @Override
    public Opstartfase fase() {
        return Opstartfase.REGELS;
    }

    @Override
    @Transactional
    public void voerUit() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('onderdak-normbedragen'))").query().singleRow();
        if (jdbc.sql("select exists (select 1 from bekostiging.normbedrag)").query(Boolean.class).single()) {
            return;
        }
        String tekst;
        try (var in = new ClassPathResource("referentiedata/regels/normbedragen_booo.csv").getInputStream()) {
            tekst = Csv.alsTekst(in.readAllBytes()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var regels = Csv.lees(tekst);
        for (var regel : regels.subList(1, regels.size())) {
            var v = regel.velden();
            var status = v.get(5).strip();
            var toelichting = status.startsWith("voorstel") && status.contains("(")
                    ? status.substring(status.indexOf('(') + 1, status.lastIndexOf(')')) : null;
            jdbc.sql("""
                    insert into bekostiging.normbedrag (geldig_vanaf, geldig_tot, opvangvorm, eenheid, bedrag, status, toelichting, bron,
                        vastgelegd_door, vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(LocalDate.parse(v.get(0)), v.get(1).isBlank() ? null : LocalDate.parse(v.get(1)), v.get(2), v.get(3),
                            new BigDecimal(v.get(4)), status.startsWith("voorstel") ? "voorstel" : "vastgesteld", toelichting, v.get(6),
                            "systeem (referentiedata/regels/normbedragen_booo.csv)", Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** Every stored row, oldest start first, with its stored end (null = until replaced). */
    public List<Normbedrag> rijen() {
        return jdbc.sql("select * from bekostiging.normbedrag order by opvangvorm, geldig_vanaf, status, vastgelegd_op")
                .query((rs, i) -> new Normbedrag(rs.getLong("id"), rs.getObject("geldig_vanaf", LocalDate.class),
                        rs.getObject("geldig_tot", LocalDate.class), Opvangvorm.valueOf(rs.getString("opvangvorm")),
                        rs.getBigDecimal("bedrag"), "voorstel".equals(rs.getString("status")), rs.getString("toelichting"),
                        rs.getString("bron")))
                .list();
    }

    /**
     * The periods in force for a form of reception, without overlap and in order: per start the
     * confirmed row (else the proposal), ending on its stored end or the day before the next start.
     */
    public List<Normbedrag> geldend(Opvangvorm vorm) {
        var perStart = new ArrayList<Normbedrag>();
        for (var r : rijen()) {
            if (r.opvangvorm() != vorm) {
                continue;
            }
            var zelfde = perStart.stream().filter(p -> p.geldigVanaf().equals(r.geldigVanaf())).findFirst();
            if (zelfde.isEmpty()) {
                perStart.add(r);
            } else if (zelfde.get().voorstel() && !r.voorstel()) {
                perStart.set(perStart.indexOf(zelfde.get()), r);
            }
        }
        perStart.sort(Comparator.comparing(Normbedrag::geldigVanaf));
        var uit = new ArrayList<Normbedrag>();
        for (int i = 0; i < perStart.size(); i++) {
            var r = perStart.get(i);
            LocalDate volgende = i + 1 < perStart.size() ? perStart.get(i + 1).geldigVanaf().minusDays(1) : null;
            LocalDate einde = r.geldigTot() == null ? volgende : volgende == null || r.geldigTot().isBefore(volgende) ? r.geldigTot() : volgende;
            uit.add(new Normbedrag(r.id(), r.geldigVanaf(), einde, r.opvangvorm(), r.bedrag(), r.voorstel(), r.toelichting(), r.bron()));
        }
        return uit;
    }

    /** Adds a norm amount (national administrator). Every wrong field is named; a duplicate start and status is refused. */
    @Transactional
    public Normbedrag voegToe(String vanaf, String tot, String vorm, String bedrag, String status, String toelichting, String bron,
            Gebruiker gebruiker) {
        beheerder(gebruiker);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var van = Invoer.datum(vanaf, "geldigVanaf", true, fouten);
        var einde = Invoer.datum(tot, "geldigTot", false, fouten);
        Opvangvorm opvangvorm = null;
        var vormTekst = Invoer.schoon(vorm);
        if (vormTekst == null || !List.of("GOO", "POO").contains(vormTekst)) {
            fouten.add(new OngeldigeInvoer.Veld("opvangvorm", Berichten.tekst("normbedrag.fout.opvangvorm")));
        } else {
            opvangvorm = Opvangvorm.valueOf(vormTekst);
        }
        var euro = Invoer.bedragOfNul(bedrag, "bedrag", true, new BigDecimal("99999.99"), fouten);
        var s = Invoer.schoon(status) == null ? "vastgesteld" : Invoer.schoon(status);
        if (!List.of("vastgesteld", "voorstel").contains(s)) {
            fouten.add(new OngeldigeInvoer.Veld("status", Berichten.tekst("normbedrag.fout.status")));
        }
        var bronTekst = Invoer.verplicht(bron, "bron", Berichten.tekst("normbedrag.fout.bron"), 500, fouten);
        if (van != null && einde != null && einde.isBefore(van)) {
            fouten.add(new OngeldigeInvoer.Veld("geldigTot", Berichten.tekst("claim.fout.totVoorVan")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var bestaand = jdbc.sql("select count(*) from bekostiging.normbedrag where opvangvorm = ? and geldig_vanaf = ? and status = ?")
                .params(opvangvorm.name(), van, s).query(Integer.class).single();
        if (bestaand > 0) {
            throw new Conflict("normbedrag-bestaat", Berichten.tekst("normbedrag.conflict.bestaat", s, String.valueOf(opvangvorm), Weergave.in(Berichten.taal()).datum(van)));
        }
        var id = bewaar(van, einde, opvangvorm, euro, s, Invoer.schoon(toelichting), bronTekst, gebruiker.gebruikersnaam());
        return vind(id).orElseThrow();
    }

    /** Confirms a proposal: a confirmed row for the same start, amount and end is added; the proposal stays as history. */
    @Transactional
    public Normbedrag bevestig(long id, String bron, Gebruiker gebruiker) {
        beheerder(gebruiker);
        var voorstel = vind(id).orElseThrow(() -> new NietGevonden("Normbedrag"));
        if (!voorstel.voorstel()) {
            throw new Conflict("al-vastgesteld", Berichten.tekst("normbedrag.conflict.alVastgesteld"));
        }
        var bronTekst = Invoer.schoon(bron) == null ? voorstel.bron() : Invoer.schoon(bron);
        var bestaand = jdbc.sql("select count(*) from bekostiging.normbedrag where opvangvorm = ? and geldig_vanaf = ? and status = 'vastgesteld'")
                .params(voorstel.opvangvorm().name(), voorstel.geldigVanaf()).query(Integer.class).single();
        if (bestaand > 0) {
            throw new Conflict("al-vastgesteld", Berichten.tekst("normbedrag.conflict.periodeVastgesteld"));
        }
        var nieuw = bewaar(voorstel.geldigVanaf(), voorstel.geldigTot(), voorstel.opvangvorm(), voorstel.bedrag(), "vastgesteld",
                "bevestiging van voorstel " + id, bronTekst, gebruiker.gebruikersnaam());
        return vind(nieuw).orElseThrow();
    }

    public Optional<Normbedrag> vind(long id) {
        return rijen().stream().filter(r -> r.id() == id).findFirst();
    }

    private long bewaar(LocalDate van, LocalDate tot, Opvangvorm vorm, BigDecimal bedrag, String status, String toelichting, String bron,
            String door) {
        return jdbc.sql("""
                insert into bekostiging.normbedrag (geldig_vanaf, geldig_tot, opvangvorm, eenheid, bedrag, status, toelichting, bron, vastgelegd_door,
                    vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(van, tot, vorm.name(), vorm.eenheidCode(), bedrag, status, toelichting, bron, door, Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    private static void beheerder(Gebruiker gebruiker) {
        if (!gebruiker.heeft(Rol.BEHEERDER)) {
            throw new AccessDeniedException("alleen een landelijk beheerder legt normbedragen vast");
        }
    }
}
