// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.onderdak.leefgeld.Betaalmethode;
import nl.onderdak.leefgeld.internal.Verwerking;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Pagina;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments as their households and the gemeente follow them: every attempt of a household with
 * its status and the bank's reason, and the failed payments of a gemeente that still wait for a
 * correction. A correction is never paid here: the corrected details go into the next run, whose
 * lines a second employee approves, and exactly the approved line is paid (four eyes, also enforced
 * by the database).
 */
@Service
@Transactional
public class Betalingen {

    /** Where a payment is: sent and awaiting the bank, paid, or failed; a failure claimed by hand waits for a colleague. */
    public enum Status {
        VERSTUURD, BETAALD, MISLUKT, GEMELD;

        /** The word in message keys ({@code betaling.status.verstuurd}). */
        public String woord() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What is to be done about a failed payment. */
    public enum Actie {
        /** The payment details were not changed since the failure: correct them first. */
        CORRIGEREN,
        /** Corrected: the next run of the month pays it, after a second employee approves that run. */
        IN_VOLGENDE_RUN,
        /** A run with the second attempt is being prepared or approved. */
        IN_RUN,
        /** The second attempt failed too: the database allows no third; pay outside Onderdak and record why. */
        BUITEN_ONDERDAK;

        public String woord() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One attempt to pay a household for a month. {@code redencode} is the bank's ISO reason code
     * (AC04) when the reason starts with one, so the page can show it in the user's language.
     */
    public record Poging(UUID huishoudenId, YearMonth maand, int poging, BigDecimal bedrag, Betaalmethode methode, @Nullable String iban,
            Status status, @Nullable String reden, @Nullable Instant verwerktOp, BetaalrunId run, @Nullable Instant uitgevoerdOp,
            String kenmerk) {

        public @Nullable String redencode() {
            return Betalingen.redencode(reden);
        }

        /** The reason without its code ("rekening opgeheven"), as the bank's result gave it. */
        public @Nullable String redentekst() {
            return Betalingen.redentekst(reden);
        }
    }

    /** A failed payment of the gemeente that waits for a correction, with the household's members by name. */
    public record Mislukt(UUID huishoudenId, String leden, YearMonth maand, int poging, BigDecimal bedrag, Betaalmethode methode,
            @Nullable String iban, @Nullable String reden, @Nullable Instant verwerktOp, BetaalrunId run, Actie actie,
            @Nullable BetaalrunId openRun) {

        public @Nullable String redencode() {
            return Betalingen.redencode(reden);
        }

        public @Nullable String redentekst() {
            return Betalingen.redentekst(reden);
        }
    }

    private static final Pattern CODE = Pattern.compile("^([A-Z]{2}[0-9]{2}) (.+)$");

    /** The ISO return reasons the messages describe in each language ({@code bankreden.AC04}); others are shown as the bank gave them. */
    private static final java.util.Set<String> BEKENDE_CODES = java.util.Set.of("AC01", "AC04", "AC06", "AG01", "AM05", "BE04", "MD07",
            "MS02", "MS03", "RC01", "RR01", "RR02", "RR03", "RR04");

    private final JdbcClient jdbc;
    private final Logboek logboek;

    Betalingen(JdbcClient jdbc, Logboek logboek) {
        this.jdbc = jdbc;
        this.logboek = logboek;
    }

    static @Nullable String redencode(@Nullable String reden) {
        if (reden == null) {
            return null;
        }
        var m = CODE.matcher(reden);
        return m.matches() && BEKENDE_CODES.contains(m.group(1)) ? m.group(1) : null;
    }

    static @Nullable String redentekst(@Nullable String reden) {
        if (reden == null) {
            return null;
        }
        var m = CODE.matcher(reden);
        return m.matches() && BEKENDE_CODES.contains(m.group(1)) ? m.group(2) : reden;
    }

    /**
     * Every payment attempt of a household, newest month first. The caller has checked that the user
     * sees the household (its page did) and logs the view with the rest of the page; payments of a
     * household with a child travelling alone are shown only to a user with the role.
     */
    @Transactional(readOnly = true)
    public List<Poging> vanHuishouden(UUID huishouden, Gebruiker gebruiker) {
        return jdbc.sql("""
                select b.huishouden_id, b.maand, b.poging, b.bedrag, b.methode, b.iban, b.status, b.reden, b.verwerkt_op, b.betaalrun_id,
                       r.uitgevoerd_op, b.end_to_end_id,
                       exists (select 1 from leefgeld.mislukmelding m where m.betaling_id = b.id and m.bevestigd_door is null
                                  and m.afgewezen_door is null) as gemeld
                  from leefgeld.betaling b join leefgeld.betaalrun r on r.id = b.betaalrun_id
                 where b.huishouden_id = ? and (? or not %s)
                 order by b.maand desc, b.poging desc""".formatted(Betaalrunopslag.AFGESCHERMD))
                .params(huishouden, gebruiker.heeft(Rol.MINDERJARIGEN))
                .query(Betalingen::poging).list();
    }

    /**
     * As {@link #vanHuishouden} for a page that shows nothing else of leefgeld (the household page): the view of
     * the members' payments is logged here, in the same transaction, when there is anything to show.
     */
    public List<Poging> vanHuishoudenGelogd(UUID huishouden, java.util.Collection<UUID> leden, Gebruiker gebruiker) {
        var lijst = vanHuishouden(huishouden, gebruiker);
        if (!lijst.isEmpty()) {
            logboek.leg(Handeling.INZIEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, leden, gebruiker);
        }
        return lijst;
    }

    private static Poging poging(ResultSet rs, int i) throws SQLException {
        var status = switch (rs.getString("status")) {
            case "betaald" -> Status.BETAALD;
            case "mislukt" -> Status.MISLUKT;
            default -> rs.getBoolean("gemeld") ? Status.GEMELD : Status.VERSTUURD;
        };
        return new Poging(rs.getObject("huishouden_id", UUID.class), YearMonth.from(rs.getObject("maand", LocalDate.class)),
                rs.getInt("poging"), rs.getBigDecimal("bedrag"), Betaalmethode.uitDatabase(rs.getString("methode")), rs.getString("iban"),
                status, rs.getString("reden"), Betaalrunopslag.instant(rs, "verwerkt_op"),
                new BetaalrunId(rs.getObject("betaalrun_id", UUID.class)), Betaalrunopslag.instant(rs, "uitgevoerd_op"),
                rs.getString("end_to_end_id"));
    }

    /** How the list of failed payments is sorted; the word is the {@code sorteer} parameter. */
    public enum Volgorde {
        /** Oldest failure first: the default, as the work list orders its items. */
        OUDSTE("oudste", "b.verwerkt_op nulls first, b.maand, b.huishouden_id"),
        NIEUWSTE("nieuwste", "b.verwerkt_op desc nulls last, b.maand desc, b.huishouden_id"),
        NAAM("naam", "naam, b.maand, b.huishouden_id"),
        MAAND("maand", "b.maand, b.verwerkt_op, b.huishouden_id"),
        BEDRAG("bedrag", "b.bedrag desc, b.verwerkt_op, b.huishouden_id");

        private final String woord;
        private final String sql;

        Volgorde(String woord, String sql) {
            this.woord = woord;
            this.sql = sql;
        }

        public String woord() {
            return woord;
        }
    }

    public static final int STANDAARD_AANTAL = 25;
    public static final int MAX_AANTAL = 100;
    public static final int ZOEK_MAX = 100;

    /**
     * The failed payments of the user's gemeente that no later payment of the same month replaced, each
     * with what to do next: searchable by part of a member's name, the bank's reason (code or words) or the
     * IBAN, optionally for one household (the work list links there), sorted and paged with the total count;
     * no cap. Shielded households (a child travelling alone) only for a user with the role. The members of
     * the households on the page are logged as viewed, or as a search hit when searched.
     */
    public Pagina<Mislukt> zoekTeCorrigeren(Gebruiker gebruiker, @Nullable String zoek, @Nullable String huishouden, @Nullable String sorteer,
            @Nullable String pagina, @Nullable String aantal) {
        var gemeente = Betaalrunlevenscyclus.gemeenteVan(gebruiker);
        var fouten = new java.util.ArrayList<OngeldigeInvoer.Veld>();
        var z = Invoer.schoon(zoek);
        if (z != null && z.length() > ZOEK_MAX) {
            fouten.add(new OngeldigeInvoer.Veld("zoek", Berichten.tekst("leefgeld.fout.mislukt.zoek", ZOEK_MAX)));
        }
        var p = Invoer.geheelGetal(pagina, "pagina", 1, 1_000_000, false, fouten);
        var a = Invoer.geheelGetal(aantal, "aantal", 1, MAX_AANTAL, false, fouten);
        UUID h = Invoer.schoon(huishouden) == null ? null : Invoer.id(huishouden, "huishouden", Berichten.tekst("leefgeld.fout.mislukt.huishouden"), fouten);
        var v = Volgorde.OUDSTE;
        if (Invoer.schoon(sorteer) != null) {
            var gekozen = java.util.Arrays.stream(Volgorde.values()).filter(o -> o.woord.equals(Invoer.schoon(sorteer))).findFirst();
            if (gekozen.isEmpty()) {
                fouten.add(new OngeldigeInvoer.Veld("sorteer", Berichten.tekst("leefgeld.fout.mislukt.sorteer")));
            } else {
                v = gekozen.get();
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        int nr = p == null ? 1 : p;
        int grootte = a == null ? STANDAARD_AANTAL : a;
        var filter = new Filter(gemeente, gebruiker.heeft(Rol.MINDERJARIGEN), z, h);
        long totaal = jdbc.sql("select count(*) " + VAN + filter.waar()).params(filter.params()).query(Long.class).single();
        var params = new java.util.HashMap<>(filter.params());
        params.put("aantal", grootte);
        params.put("vanaf", (long) (nr - 1) * grootte);
        var regels = jdbc.sql(KOLOMMEN + VAN + filter.waar() + " order by " + v.sql + " limit :aantal offset :vanaf")
                .params(params).query(Betalingen::mislukt).list();
        logboek.leg(z == null ? Handeling.INZIEN : Handeling.ZOEKEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, leden(regels), gebruiker);
        return new Pagina<>(regels, totaal, nr, grootte);
    }

    /** The members of the households in the rows, for the processing log. */
    private List<UUID> leden(List<Mislukt> regels) {
        if (regels.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from bewoners.lid where huishouden_id = any(?)")
                .param(regels.stream().map(Mislukt::huishoudenId).distinct().toArray(UUID[]::new)).query(UUID.class).list();
    }

    /** The failed payments still to correct of a gemeente, with the optional search and household. */
    private record Filter(String gemeente, boolean ookAfgeschermd, @Nullable String zoek, @Nullable UUID huishouden) {

        String waar() {
            var w = new StringBuilder("""
                     where b.gemeente_code = :gemeente and b.status = 'mislukt' and (:afgeschermd or not %s)
                       and not exists (select 1 from leefgeld.betaling n where n.huishouden_id = b.huishouden_id and n.maand = b.maand
                                          and n.poging > b.poging)
                    """.formatted(Betaalrunopslag.AFGESCHERMD));
            if (huishouden != null) {
                w.append(" and b.huishouden_id = :huishouden");
            }
            if (zoek != null) {
                // A part of a member's name, of the bank's reason ("AC04 rekening opgeheven") or of the IBAN.
                w.append("""
                         and (exists (select 1 from bewoners.lid z where z.huishouden_id = b.huishouden_id
                                        and lower(z.voornaam || ' ' || z.achternaam) like :zoek escape '\\')
                              or lower(coalesce(b.reden, '')) like :zoek escape '\\'
                              or (:iban <> '' and upper(coalesce(b.iban, '')) like :ibanpatroon))
                        """);
            }
            return w.toString();
        }

        java.util.Map<String, Object> params() {
            var p = new java.util.HashMap<String, Object>();
            p.put("gemeente", gemeente);
            p.put("afgeschermd", ookAfgeschermd);
            if (huishouden != null) {
                p.put("huishouden", huishouden);
            }
            if (zoek != null) {
                p.put("zoek", "%" + zoek.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + "%");
                // An IBAN is typed with or without its spaces; only letters and digits are compared.
                var iban = zoek.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
                p.put("iban", iban.length() >= 4 ? iban : "");
                p.put("ibanpatroon", "%" + iban + "%");
            }
            return p;
        }
    }

    private static final String KOLOMMEN = """
            select b.huishouden_id,
                   coalesce((select string_agg(voornaam || ' ' || achternaam, ', ' order by geboortedatum)
                               from bewoners.lid where huishouden_id = b.huishouden_id), '') as leden,
                   (select min(lower(n.achternaam || ' ' || n.voornaam)) from bewoners.lid n where n.huishouden_id = b.huishouden_id) as naam,
                   b.maand, b.poging, b.bedrag, b.methode, b.iban, b.reden, b.verwerkt_op, b.betaalrun_id,
                   coalesce(w.gewijzigd_op > b.verwerkt_op, false) as gecorrigeerd,
                   (select r.betaalrun_id from leefgeld.betaalrunregel r join leefgeld.betaalrun o on o.id = r.betaalrun_id
                     where r.huishouden_id = b.huishouden_id and o.maand = b.maand and o.status in ('concept', 'goedgekeurd')
                     limit 1) as open_run
            """;

    private static final String VAN = """
              from leefgeld.betaling b
              left join leefgeld.betaalwijze w on w.huishouden_id = b.huishouden_id
            """;

    /** A failed payment that waits for its gemeente to correct the payment details (the work list's item). */
    public record TeCorrigeren(UUID huishoudenId, YearMonth maand, java.math.BigDecimal bedrag, Instant verwerktOp) {
    }

    /**
     * For the work list: every failed payment whose action is {@link Actie#CORRIGEREN} (first attempt,
     * not in an open run, details not changed since), oldest first, with no cap: the condition is the
     * one {@link #mislukt} derives the action from, applied in the query so that only these rows are
     * read. No names are read, so nothing is logged.
     */
    @Transactional(readOnly = true)
    public List<TeCorrigeren> teCorrigerenZonderNamen(String gemeente, boolean ookAfgeschermd) {
        var filter = new Filter(gemeente, ookAfgeschermd, null, null);
        return jdbc.sql("select b.huishouden_id, b.maand, b.bedrag, b.verwerkt_op" + VAN + filter.waar() + """
                   and b.poging < 2 and b.verwerkt_op is not null and not coalesce(w.gewijzigd_op > b.verwerkt_op, false)
                   and not exists (select 1 from leefgeld.betaalrunregel r join leefgeld.betaalrun o on o.id = r.betaalrun_id
                                    where r.huishouden_id = b.huishouden_id and o.maand = b.maand
                                      and o.status in ('concept', 'goedgekeurd'))
                 order by\s""" + Volgorde.OUDSTE.sql)
                .params(filter.params())
                .query((rs, i) -> new TeCorrigeren(rs.getObject("huishouden_id", UUID.class),
                        YearMonth.from(rs.getObject("maand", LocalDate.class)), rs.getBigDecimal("bedrag"),
                        Betaalrunopslag.instant(rs, "verwerkt_op")))
                .list();
    }

    private static Mislukt mislukt(ResultSet rs, int i) throws SQLException {
        var poging = rs.getInt("poging");
        var open = rs.getObject("open_run", UUID.class);
        var actie = poging >= 2 ? Actie.BUITEN_ONDERDAK
                : open != null ? Actie.IN_RUN
                : rs.getBoolean("gecorrigeerd") ? Actie.IN_VOLGENDE_RUN : Actie.CORRIGEREN;
        return new Mislukt(rs.getObject("huishouden_id", UUID.class), rs.getString("leden"),
                YearMonth.from(rs.getObject("maand", LocalDate.class)), poging, rs.getBigDecimal("bedrag"),
                Betaalmethode.uitDatabase(rs.getString("methode")), rs.getString("iban"), rs.getString("reden"),
                Betaalrunopslag.instant(rs, "verwerkt_op"), new BetaalrunId(rs.getObject("betaalrun_id", UUID.class)), actie,
                open == null ? null : new BetaalrunId(open));
    }
}
