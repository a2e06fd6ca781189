// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private reception in view, per gemeente, region or the nation: host households by status, places,
 * occupied places, people in private reception (matches and host stays recorded by hand, from
 * plaatsing's published view), the funnel and lead times. Counts only, no person's data. A gemeente
 * sees its own area; the matching organisation and national organisations every area; a region its own.
 */
@Service
@Transactional(readOnly = true)
public class Particuliereopvang {

    public record Trechter(int aangemeld, int gescreend, int goedgekeurd, int gekoppeld, int afgevallen,
            Map<String, Integer> afgevallenNaStap) {
    }

    public record Overzicht(String gebied, @Nullable String gemeente, @Nullable String regio, Map<String, Integer> gastgezinnenPerStatus,
            int plaatsen, int bezettePlaatsen, int personenBijGastgezin, int huishoudensBijGastgezin, int openVerzoeken, Trechter trechter,
            @Nullable Double dagenAanmeldingTotGoedkeuring, @Nullable Double dagenVerzoekTotKoppeling) {
    }

    /**
     * One area in a breakdown (a gemeente of a region, or a region of the nation): numbers only, never a
     * host's or a guest's name, so a safety region and the national bodies may see them.
     */
    public record Deelgebied(String code, String naam, int gastgezinnen, int goedgekeurd, int plaatsen, int bezettePlaatsen,
            int personenBijGastgezin, int openVerzoeken) {
    }

    /** The view of an area with its breakdown: per gemeente for a region, per region for the nation. */
    public record Uitsplitsing(Overzicht overzicht, List<Deelgebied> delen, boolean perRegio) {
    }

    private final JdbcClient jdbc;
    private final Gebieden gebieden;
    private final Clock clock;

    Particuliereopvang(JdbcClient jdbc, Gebieden gebieden, Clock clock) {
        this.jdbc = jdbc;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    public Overzicht overzicht(@Nullable String gemeente, @Nullable String regio, Gebruiker gebruiker) {
        var org = gebruiker.organisatie();
        String[] codes;
        String gebied;
        if (gemeente != null && !gemeente.isBlank()) {
            var gm = gemeente.strip().toUpperCase(java.util.Locale.ROOT);
            var naam = gebieden.gemeenteNaam(gm).orElseThrow(() -> new NietGevonden("Gemeente"));
            if (!(Gastgezinregister.isMatcher(gebruiker) || org.soort() == Organisatie.Soort.LANDELIJK
                    || (Gastgezinregister.isGemeente(gebruiker) && gm.equals(org.gemeenteCode()))
                    || (org.soort() == Organisatie.Soort.VEILIGHEIDSREGIO && gebieden.veiligheidsregioVan(gm).orElse("").equals(org.code())))) {
                throw new NietGevonden("Gemeente");
            }
            codes = new String[] {gm};
            gebied = naam + " (" + gm + ")";
            return bereken(codes, gebied, gm, null);
        }
        if (regio != null && !regio.isBlank()) {
            var vr = regio.strip().toUpperCase(java.util.Locale.ROOT);
            Set<String> inRegio = gebieden.gemeentecodesInRegio(vr);
            if (inRegio.isEmpty() || !(Gastgezinregister.isMatcher(gebruiker) || org.soort() == Organisatie.Soort.LANDELIJK
                    || (org.soort() == Organisatie.Soort.VEILIGHEIDSREGIO && vr.equals(org.code())))) {
                throw new NietGevonden("Regio");
            }
            var regionaam = jdbc.sql("select naam from gebieden.regio where code = ?").param(vr).query(String.class).optional().orElse(vr);
            return bereken(inRegio.toArray(String[]::new), regionaam + " (" + vr + ")", null, vr);
        }
        if (Gastgezinregister.isGemeente(gebruiker)) {
            return overzicht(org.gemeenteCode(), null, gebruiker);
        }
        if (!(Gastgezinregister.isMatcher(gebruiker) || org.soort() == Organisatie.Soort.LANDELIJK)) {
            throw new NietGevonden("Gebied");
        }
        return bereken(null, "Nederland", null, null);
    }

    private Overzicht bereken(String @Nullable [] codes, String gebied, @Nullable String gemeente, @Nullable String regio) {
        var dag = clock.instant().atZone(Weergave.TIJDZONE).toLocalDate();
        var perStatus = new LinkedHashMap<String, Integer>();
        for (var s : java.util.Arrays.stream(nl.onderdak.gastgezinnen.Gastgezinstatus.values()).map(x -> x.code()).toList()) {
            perStatus.put(s, 0);
        }
        jdbc.sql("""
                select status, count(*) from gastgezinnen.gastgezin where (cast(? as text[]) is null or gemeente_code = any(?)) group by status""")
                .params(codes, codes).query(rs -> {
                    perStatus.put(rs.getString(1), rs.getInt(2));
                });
        int plaatsen = jdbc.sql("""
                select coalesce(sum(plaatsen), 0) from gastgezinnen.gastgezin where status = 'goedgekeurd'
                   and (cast(? as text[]) is null or gemeente_code = any(?))""").params(codes, codes).query(Integer.class).single();
        int bezet = jdbc.sql("""
                select coalesce(sum(k.personen), 0) from gastgezinnen.koppeling k join gastgezinnen.gastgezin g on g.id = k.gastgezin_id
                 where k.periode @> cast(? as date) and (cast(? as text[]) is null or g.gemeente_code = any(?))""")
                .params(dag, codes, codes).query(Integer.class).single();
        // Everyone staying with a host today: matches and stays recorded by hand alike (plaatsing's published view).
        var verblijf = jdbc.sql("""
                select count(distinct v.huishouden_id), count(l.id) from plaatsing.verblijf_bij_gastgezin v
                  left join bewoners.lid l on l.huishouden_id = v.huishouden_id
                 where v.periode @> cast(? as date) and (cast(? as text[]) is null or v.gemeente_code = any(?))""")
                .params(dag, codes, codes).query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        int open = jdbc.sql("""
                select count(*) from gastgezinnen.verzoek where status = 'open' and (cast(? as text[]) is null or gemeente_code = any(?))""")
                .params(codes, codes).query(Integer.class).single();
        var trechter = jdbc.sql("""
                select count(*),
                       count(*) filter (where exists (select 1 from gastgezinnen.screeningstap s where s.gastgezin_id = g.id)),
                       count(*) filter (where g.goedgekeurd_op is not null),
                       count(*) filter (where exists (select 1 from gastgezinnen.koppeling k where k.gastgezin_id = g.id)),
                       count(*) filter (where g.status in ('afgewezen', 'teruggetrokken'))
                  from gastgezinnen.gastgezin g where (cast(? as text[]) is null or g.gemeente_code = any(?))""")
                .params(codes, codes).query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)}).single();
        var naStap = new LinkedHashMap<String, Integer>();
        jdbc.sql("""
                select s.stap, count(distinct g.id) from gastgezinnen.gastgezin g join gastgezinnen.screeningstap s on s.gastgezin_id = g.id
                 where g.status = 'afgewezen' and s.uitkomst = 'afgewezen' and (cast(? as text[]) is null or g.gemeente_code = any(?))
                 group by s.stap order by s.stap""").params(codes, codes).query(rs -> {
                    naStap.put(rs.getString(1), rs.getInt(2));
                });
        // Hosts who withdrew their offer dropped out too, with a reason of their own (not a screening step).
        int teruggetrokken = perStatus.getOrDefault("teruggetrokken", 0);
        if (teruggetrokken > 0) {
            naStap.put("teruggetrokken", teruggetrokken);
        }
        Double totGoedkeuring = jdbc.sql("""
                select percentile_cont(0.5) within group (order by extract(epoch from goedgekeurd_op - aangemeld_op) / 86400)
                  from gastgezinnen.gastgezin where goedgekeurd_op is not null and (cast(? as text[]) is null or gemeente_code = any(?))""")
                .params(codes, codes).query(Double.class).optional().orElse(null);
        Double totKoppeling = jdbc.sql("""
                select percentile_cont(0.5) within group (order by extract(epoch from k.eerste - v.ingediend_op) / 86400)
                  from gastgezinnen.verzoek v
                  join (select verzoek_id, min(aangemaakt_op) as eerste from gastgezinnen.koppeling group by verzoek_id) k on k.verzoek_id = v.id
                 where (cast(? as text[]) is null or v.gemeente_code = any(?))""")
                .params(codes, codes).query(Double.class).optional().orElse(null);
        return new Overzicht(gebied, gemeente, regio, perStatus, plaatsen, bezet, verblijf[1], verblijf[0], open,
                new Trechter(trechter[0], trechter[1], trechter[2], trechter[3], trechter[4], naStap),
                totGoedkeuring == null ? null : Math.round(totGoedkeuring * 10) / 10.0,
                totKoppeling == null ? null : Math.round(totKoppeling * 10) / 10.0);
    }

    /**
     * The region page and the national page: the same access as {@link #overzicht}, and per gemeente of
     * the region (or per region of the nation, when no region is asked) the counts. A safety region
     * without a region asked gets its own; a national body or the matching organisation the nation.
     */
    public Uitsplitsing uitsplitsing(@Nullable String regio, Gebruiker gebruiker) {
        var org = gebruiker.organisatie();
        var gevraagd = regio == null || regio.isBlank() ? (org.soort() == Organisatie.Soort.VEILIGHEIDSREGIO ? org.code() : null) : regio;
        var overzicht = overzicht(null, gevraagd, gebruiker);
        var dag = clock.instant().atZone(Weergave.TIJDZONE).toLocalDate();
        if (overzicht.regio() == null && Gastgezinregister.isGemeente(gebruiker)) {
            throw new NietGevonden("Regio");
        }
        boolean perRegio = overzicht.regio() == null;
        var sleutel = perRegio ? "a.veiligheidsregio_code" : "a.code";
        var naam = perRegio ? "(select r.naam from gebieden.regio r where r.code = a.veiligheidsregio_code)" : "min(a.naam)";
        var delen = jdbc.sql("""
                select %1$s as code, %2$s as naam,
                       (select count(*) from gastgezinnen.gastgezin g join gebieden.actuele_gemeente b on b.code = g.gemeente_code
                         where %3$s = %1$s) as gastgezinnen,
                       (select count(*) from gastgezinnen.gastgezin g join gebieden.actuele_gemeente b on b.code = g.gemeente_code
                         where %3$s = %1$s and g.status = 'goedgekeurd') as goedgekeurd,
                       (select coalesce(sum(g.plaatsen), 0) from gastgezinnen.gastgezin g join gebieden.actuele_gemeente b on b.code = g.gemeente_code
                         where %3$s = %1$s and g.status = 'goedgekeurd') as plaatsen,
                       (select coalesce(sum(k.personen), 0) from gastgezinnen.koppeling k join gastgezinnen.gastgezin g on g.id = k.gastgezin_id
                          join gebieden.actuele_gemeente b on b.code = g.gemeente_code where %3$s = %1$s and k.periode @> cast(? as date)) as bezet,
                       (select count(l.id) from plaatsing.verblijf_bij_gastgezin v join bewoners.lid l on l.huishouden_id = v.huishouden_id
                          join gebieden.actuele_gemeente b on b.code = v.gemeente_code where %3$s = %1$s and v.periode @> cast(? as date)) as personen,
                       (select count(*) from gastgezinnen.verzoek q join gebieden.actuele_gemeente b on b.code = q.gemeente_code
                         where %3$s = %1$s and q.status = 'open') as open
                  from gebieden.actuele_gemeente a
                 where (cast(? as text) is null or a.veiligheidsregio_code = ?)
                 group by %1$s order by 2""".formatted(sleutel, naam, perRegio ? "b.veiligheidsregio_code" : "b.code"))
                .params(dag, dag, overzicht.regio(), overzicht.regio())
                .query((rs, i) -> new Deelgebied(rs.getString("code"), rs.getString("naam"), rs.getInt("gastgezinnen"), rs.getInt("goedgekeurd"),
                        rs.getInt("plaatsen"), rs.getInt("bezet"), rs.getInt("personen"), rs.getInt("open")))
                .list();
        return new Uitsplitsing(overzicht, delen, perRegio);
    }
}
