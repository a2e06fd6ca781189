// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.onderdak.bekostiging.internal.Normbedrag.Opvangvorm;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a gemeente may claim under the BooO for a period: for municipal reception (GOO) each day's
 * usable beds of its locations (long and short stay, on days the location is available and its
 * status is 'beschikbaar') times that day's norm amount; for private reception (POO) each
 * person-month with a host family times its amount, pro rata per day within the month. The period
 * is cut at every change of norm amount and every new year, so a rate change splits exactly and the
 * totals per year serve the SiSa accountability return.
 */
@Service
@Transactional(readOnly = true)
public class Claims {

    public record Claim(String gemeenteCode, String gemeente, LocalDate van, LocalDate tot, BigDecimal totaal, boolean voorlopig,
            boolean onvolledig, List<Regel> regels, List<Jaartotaal> perJaar) {
    }

    /**
     * One line: a location (GOO) or the gemeente's host families (POO) in one period of one norm
     * amount within one year (POO: one month).
     *
     * @param eenheden place-days (GOO) or person-days (POO)
     * @param tarief   null when no norm amount is known for the period ({@code onvolledig})
     */
    public record Regel(String opvangvorm, UUID locatieId, String omschrijving, LocalDate van, LocalDate tot, long eenheden, String eenheid,
            BigDecimal tarief, LocalDate tariefVanaf, LocalDate tariefTot, boolean voorstel, String bron, BigDecimal bedrag, String uitleg) {
    }

    public record Jaartotaal(int jaar, BigDecimal goo, BigDecimal poo, BigDecimal totaal) {
    }

    private record Stuk(LocalDate van, LocalDate totEnMet, Normbedrag tarief) {
        int dagen() {
            return (int) ChronoUnit.DAYS.between(van, totEnMet) + 1;
        }
    }

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final JdbcClient jdbc;
    private final Normbedragen normbedragen;
    private final Gebieden gebieden;

    Claims(JdbcClient jdbc, Normbedragen normbedragen, Gebieden gebieden) {
        this.jdbc = jdbc;
        this.normbedragen = normbedragen;
        this.gebieden = gebieden;
    }

    /** The claim of a gemeente; a gemeente employee sees their own, the NOO, the ministry and the administrator all. */
    public Claim claim(String gemeenteTekst, String vanTekst, String totTekst, Gebruiker gebruiker) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var gemeente = Invoer.schoon(gemeenteTekst);
        String naam = null;
        if (gemeente == null || !gemeente.matches("GM\\d{4}")) {
            fouten.add(new OngeldigeInvoer.Veld("gemeente", Berichten.tekst("claim.fout.gemeente")));
        } else {
            naam = gebieden.gemeenteNaam(gemeente).orElse(null);
            if (naam == null) {
                fouten.add(new OngeldigeInvoer.Veld("gemeente", Berichten.tekst("claim.fout.onbekendeGemeente", gemeente)));
            }
        }
        var periode = periode(vanTekst, totTekst, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        mag(gemeente, gebruiker);
        var van = periode[0];
        var tot = periode[1];
        return bereken(gemeente, naam, van, tot, stukken(van, tot, normbedragen.geldend(Opvangvorm.GOO), false),
                stukken(van, tot, normbedragen.geldend(Opvangvorm.POO), true));
    }

    /** The period as typed, checked: both dates, in order, from 2022, at most ten years. */
    private static LocalDate[] periode(String vanTekst, String totTekst, List<OngeldigeInvoer.Veld> fouten) {
        var van = Invoer.datum(vanTekst, "van", true, fouten);
        var tot = Invoer.datum(totTekst, "tot", true, fouten);
        if (van != null && tot != null && tot.isBefore(van)) {
            fouten.add(new OngeldigeInvoer.Veld("tot", Berichten.tekst("claim.fout.totVoorVan")));
        } else if (van != null && tot != null && ChronoUnit.DAYS.between(van, tot) > 3660) {
            fouten.add(new OngeldigeInvoer.Veld("tot", Berichten.tekst("claim.fout.periodeTeLang")));
        }
        if (van != null && van.isBefore(LocalDate.of(2022, 1, 1))) {
            fouten.add(new OngeldigeInvoer.Veld("van", Berichten.tekst("claim.fout.voor2022")));
        }
        return new LocalDate[] {van, tot};
    }

    /** One gemeente's claim in one row of the national overview. */
    public record Gemeenteclaim(String gemeenteCode, String gemeente, BigDecimal goo, BigDecimal poo, BigDecimal totaal, boolean voorlopig,
            boolean onvolledig) {
    }

    /** The claims of all gemeenten for a period, with the national totals (the sum of the rows). */
    public record Overzicht(LocalDate van, LocalDate tot, List<Gemeenteclaim> gemeenten, BigDecimal goo, BigDecimal poo, BigDecimal totaal,
            boolean voorlopig, boolean onvolledig) {
    }

    /** Who sees the claims of all gemeenten at once: the NOO, the ministry and the administrator. */
    public static boolean magOverzichtZien(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && landelijk(gebruiker);
    }

    /**
     * The claims of every gemeente with a location or a host family in the period, sorted by name,
     * each computed exactly as {@link #claim} computes it, with totals that are the sum of the rows.
     */
    public Overzicht overzicht(String vanTekst, String totTekst, Gebruiker gebruiker) {
        if (!magOverzichtZien(gebruiker)) {
            throw new AccessDeniedException("het landelijk overzicht van claims is voor de NOO, het ministerie en beheer");
        }
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var periode = periode(vanTekst, totTekst, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var van = periode[0];
        var tot = periode[1];
        var gooStukken = stukken(van, tot, normbedragen.geldend(Opvangvorm.GOO), false);
        var pooStukken = stukken(van, tot, normbedragen.geldend(Opvangvorm.POO), true);
        var codes = jdbc.sql("""
                select gemeente_code from locaties.locatie
                union
                select gemeente_code from plaatsing.verblijf_bij_gastgezin where periode && daterange(?, ?, '[]')""")
                .params(van, tot).query(String.class).list();
        var rijen = new ArrayList<Gemeenteclaim>();
        for (var code : codes) {
            var naam = gebieden.gemeenteNaam(code).orElse(code);
            var c = bereken(code, naam, van, tot, gooStukken, pooStukken);
            if (c.regels().isEmpty()) {
                continue;
            }
            var goo = c.regels().stream().filter(r -> r.opvangvorm().equals("GOO")).map(Regel::bedrag).reduce(nul(), BigDecimal::add);
            var poo = c.regels().stream().filter(r -> r.opvangvorm().equals("POO")).map(Regel::bedrag).reduce(nul(), BigDecimal::add);
            rijen.add(new Gemeenteclaim(code, naam, goo, poo, c.totaal(), c.voorlopig(), c.onvolledig()));
        }
        rijen.sort(java.util.Comparator.comparing(Gemeenteclaim::gemeente, java.text.Collator.getInstance(NL))
                .thenComparing(Gemeenteclaim::gemeenteCode));
        var goo = rijen.stream().map(Gemeenteclaim::goo).reduce(nul(), BigDecimal::add);
        var poo = rijen.stream().map(Gemeenteclaim::poo).reduce(nul(), BigDecimal::add);
        return new Overzicht(van, tot, rijen, goo, poo, goo.add(poo), rijen.stream().anyMatch(Gemeenteclaim::voorlopig),
                rijen.stream().anyMatch(Gemeenteclaim::onvolledig));
    }

    private Claim bereken(String gemeente, String naam, LocalDate van, LocalDate tot, List<Stuk> gooStukken, List<Stuk> pooStukken) {
        var regels = new ArrayList<Regel>();
        regels.addAll(goo(gemeente, gooStukken));
        regels.addAll(poo(gemeente, pooStukken));
        var perJaar = new TreeMap<Integer, BigDecimal[]>();
        for (var r : regels) {
            var j = perJaar.computeIfAbsent(r.van().getYear(), k -> new BigDecimal[] {nul(), nul()});
            j[r.opvangvorm().equals("GOO") ? 0 : 1] = j[r.opvangvorm().equals("GOO") ? 0 : 1].add(r.bedrag());
        }
        var jaren = perJaar.entrySet().stream().map(e -> new Jaartotaal(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[0].add(e.getValue()[1]))).toList();
        var totaal = regels.stream().map(Regel::bedrag).reduce(nul(), BigDecimal::add);
        return new Claim(gemeente, naam, van, tot, totaal, regels.stream().anyMatch(Regel::voorstel),
                regels.stream().anyMatch(r -> r.tarief() == null), regels, jaren);
    }

    /** Who sees claims at all (the menu asks this too): a gemeente employee its own, the NOO, the ministry and the administrator all. */
    public static boolean magZien(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && (eigenGemeente(gebruiker) || landelijk(gebruiker));
    }

    private static boolean eigenGemeente(Gebruiker gebruiker) {
        return gebruiker.organisatie().soort() == Organisatie.Soort.GEMEENTE && gebruiker.heeft(Rol.GEMEENTE_MEDEWERKER);
    }

    private static boolean landelijk(Gebruiker gebruiker) {
        return gebruiker.heeft(Rol.NOO_MEDEWERKER) || gebruiker.heeft(Rol.BEHEERDER) || gebruiker.heeft(Rol.OPGAVE_VASTSTELLER);
    }

    private void mag(String gemeente, Gebruiker gebruiker) {
        if (eigenGemeente(gebruiker)) {
            if (!gemeente.equals(gebruiker.organisatie().gemeenteCode())) {
                throw new NietGevonden("Claim");
            }
            return;
        }
        if (!magZien(gebruiker)) {
            throw new AccessDeniedException("claims zijn voor de gemeente zelf en de NOO");
        }
    }

    /** The period cut at every change of norm amount, every new year and, for POO, every new month. */
    private static List<Stuk> stukken(LocalDate van, LocalDate tot, List<Normbedrag> tarieven, boolean perMaand) {
        var grenzen = new TreeSet<LocalDate>();
        grenzen.add(van);
        grenzen.add(tot.plusDays(1));
        for (var t : tarieven) {
            grenzen.add(t.geldigVanaf());
            if (t.geldigTot() != null) {
                grenzen.add(t.geldigTot().plusDays(1));
            }
        }
        for (var d = van.withDayOfMonth(1); !d.isAfter(tot); d = d.plusMonths(1)) {
            if (perMaand || d.getMonthValue() == 1) {
                grenzen.add(d);
            }
        }
        var binnen = grenzen.subSet(van, true, tot.plusDays(1), true).stream().toList();
        var uit = new ArrayList<Stuk>();
        for (int i = 0; i + 1 < binnen.size(); i++) {
            var begin = binnen.get(i);
            var tarief = tarieven.stream().filter(t -> t.geldtOp(begin)).findFirst().orElse(null);
            uit.add(new Stuk(begin, binnen.get(i + 1).minusDays(1), tarief));
        }
        return uit;
    }

    private List<Regel> goo(String gemeente, List<Stuk> stukken) {
        var regels = new ArrayList<Regel>();
        jdbc.sql("""
                select s.nr, l.id, l.naam,
                       sum((b.lang_opgegeven - b.lang_buiten + b.kort_opgegeven - b.kort_buiten) * (upper(x.r) - lower(x.r))) as plekdagen
                  from unnest(cast(:van as date[]), cast(:tot as date[])) with ordinality as s(van, tot, nr)
                  join locaties.locatie l on l.gemeente_code = :gemeente
                  join locaties.bedden_per_periode b on b.opvanglocatie_id = l.id and b.status = 'beschikbaar'
                                    and b.geldig && daterange(s.van, s.tot, '[]')
                 cross join lateral (select b.geldig * daterange(s.van, s.tot, '[]')
                                            * daterange(l.beschikbaar_vanaf, l.beschikbaar_tot, '[]') as r) x
                 where not isempty(x.r)
                 group by s.nr, l.id, l.naam
                having sum((b.lang_opgegeven - b.lang_buiten + b.kort_opgegeven - b.kort_buiten) * (upper(x.r) - lower(x.r))) > 0
                 order by s.nr, l.naam, l.id""")
                .param("van", stukken.stream().map(s -> Date.valueOf(s.van())).toArray(Date[]::new))
                .param("tot", stukken.stream().map(s -> Date.valueOf(s.totEnMet())).toArray(Date[]::new))
                .param("gemeente", gemeente)
                .query(rs -> {
                    var stuk = stukken.get(rs.getInt("nr") - 1);
                    long plekdagen = rs.getLong("plekdagen");
                    var t = stuk.tarief();
                    var bedrag = t == null ? nul() : t.bedrag().multiply(BigDecimal.valueOf(plekdagen)).setScale(2, RoundingMode.HALF_UP);
                    var w = Weergave.in(Berichten.taal());
                    var uitleg = t == null
                            ? Berichten.tekst("claim.uitleg.gooZonderNormbedrag", rs.getString("naam"), w.getal(plekdagen), w.datum(stuk.van()),
                                    w.datum(stuk.totEnMet()))
                            : Berichten.tekst("claim.uitleg.goo", rs.getString("naam"), w.getal(plekdagen), w.datum(stuk.van()),
                                    w.datum(stuk.totEnMet()), w.bedrag(t.bedrag()), Opvangvorm.GOO.eenheid(), w.datum(t.geldigVanaf()),
                                    t.voorstel() ? Berichten.tekst("claim.uitleg.voorstel") : "", t.bron());
                    regels.add(new Regel("GOO", rs.getObject("id", UUID.class), rs.getString("naam"), stuk.van(), stuk.totEnMet(), plekdagen,
                            "plekdagen", t == null ? null : t.bedrag(), t == null ? null : t.geldigVanaf(), t == null ? null : t.geldigTot(),
                            t != null && t.voorstel(), t == null ? null : t.bron(), bedrag, uitleg));
                });
        return regels;
    }

    private List<Regel> poo(String gemeente, List<Stuk> stukken) {
        var regels = new ArrayList<Regel>();
        jdbc.sql("""
                select s.nr, sum(m.leden * (upper(x.r) - lower(x.r))) as persoondagen, sum(m.leden) as personen
                  from unnest(cast(:van as date[]), cast(:tot as date[])) with ordinality as s(van, tot, nr)
                  join plaatsing.verblijf_bij_gastgezin g on g.gemeente_code = :gemeente and g.periode && daterange(s.van, s.tot, '[]')
                 cross join lateral (select count(*) as leden from bewoners.lid w
                                      where w.huishouden_id = g.huishouden_id) m
                 cross join lateral (select g.periode * daterange(s.van, s.tot, '[]') as r) x
                 group by s.nr
                having sum(m.leden * (upper(x.r) - lower(x.r))) > 0
                 order by s.nr""")
                .param("van", stukken.stream().map(s -> Date.valueOf(s.van())).toArray(Date[]::new))
                .param("tot", stukken.stream().map(s -> Date.valueOf(s.totEnMet())).toArray(Date[]::new))
                .param("gemeente", gemeente)
                .query(rs -> {
                    var stuk = stukken.get(rs.getInt("nr") - 1);
                    long persoondagen = rs.getLong("persoondagen");
                    int dagenInMaand = YearMonth.from(stuk.van()).lengthOfMonth();
                    var t = stuk.tarief();
                    var w = Weergave.in(Berichten.taal());
                    var maand = w.maand(YearMonth.from(stuk.van()));
                    var bedrag = t == null ? nul()
                            : t.bedrag().multiply(BigDecimal.valueOf(persoondagen)).divide(BigDecimal.valueOf(dagenInMaand), 2, RoundingMode.HALF_UP);
                    var uitleg = t == null
                            ? Berichten.tekst("claim.uitleg.pooZonderNormbedrag", maand, w.getal(persoondagen))
                            : Berichten.tekst("claim.uitleg.poo", maand, w.getal(persoondagen),
                                    w.getal(BigDecimal.valueOf(persoondagen).divide(BigDecimal.valueOf(dagenInMaand), 3, RoundingMode.HALF_UP), 3),
                                    w.getal(dagenInMaand), w.bedrag(t.bedrag()), Opvangvorm.POO.eenheid(), w.datum(t.geldigVanaf()),
                                    !t.voorstel() ? "" : t.toelichting() == null ? Berichten.tekst("claim.uitleg.voorstel")
                                            : Berichten.tekst("claim.uitleg.voorstelMetToelichting", t.toelichting()), t.bron());
                    regels.add(new Regel("POO", null, Berichten.tekst("claim.omschrijving.poo", maand), stuk.van(), stuk.totEnMet(),
                            persoondagen, "persoondagen",
                            t == null ? null : t.bedrag(), t == null ? null : t.geldigVanaf(), t == null ? null : t.geldigTot(),
                            t != null && t.voorstel(), t == null ? null : t.bron(), bedrag, uitleg));
                });
        return regels;
    }

    private static BigDecimal nul() {
        return BigDecimal.ZERO.setScale(2);
    }
}
