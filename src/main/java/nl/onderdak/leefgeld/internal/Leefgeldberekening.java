// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.bewoners.Leeftijd;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Weergave;

/**
 * The monthly living allowance (leefgeld) of one household, computed day by day from the rate
 * table. Pure: no clock, no database; the same input always gives the same {@link Uitkomst}. Its texts (line
 * explanations, missing rates, notes) are only shown, never stored or sent to a bank, so they are in the
 * language of the request ({@link Berichten}: Dutch outside a request), dates and amounts written as there.
 *
 * <p>For every day {@code d} of the month:
 * <ul>
 * <li>Nothing is paid when a {@link Besluit.Soort#STOPPEN stop decision} covers {@code d} and
 * {@code d} is on or after 1 February 2023, the day from which a municipality may stop the whole
 * household's allowance (source N3). On earlier days such a decision is not applied; the
 * {@link Uitkomst#toelichting() notes} say so.</li>
 * <li>A member is present on {@code d} when one of their stays covers it ({@code van <= d < tot}):
 * the allowance follows the nights, so the day of arrival counts and the day of departure does not.
 * Absent members get nothing.</li>
 * <li>The household size on {@code d} is the number of members present on {@code d}.</li>
 * <li>A member is a minor on {@code d} unless bewoners' one definition of adulthood says otherwise
 * ({@link Leeftijd#isMeerderjarigOp}: someone born on 29 February turns 18 on 1 March in a common year).</li>
 * <li>Components: {@link Component#VOEDSEL food} unless the stay is catered or a
 * {@link Besluit.Soort#VOEDSEL_IN_NATURA food-in-kind decision} covers {@code d};
 * {@link Component#KLEDING_EN_PERSOONLIJK clothing and personal} unless a
 * {@link Besluit.Soort#KLEDING_IN_NATURA clothing-in-kind decision} covers {@code d};
 * {@link Component#WOONCOMPONENT_POO} only when the stay is private reception (a host household).</li>
 * <li>The rate is the one row of {@link Tarieven} for ({@code d}, component, age group on {@code d},
 * household size on {@code d}). When there is none, the day is listed as missing; no rate is guessed.</li>
 * </ul>
 *
 * <p><b>Pro rata and rounding.</b> Consecutive days of one member with the same component and the same
 * rate row form one {@link Regel}; its amount is {@code monthly rate × days / days in the month},
 * computed exactly and then rounded half up to whole cents. The total is the sum of these rounded
 * lines, so the lines always add up to the total exactly; against an unrounded total it differs by at
 * most half a cent per line. A member present the whole month on one rate row gets exactly the monthly
 * rate.
 *
 * <p><b>Missing rates.</b> When a rate is missing on any day for any member, the household is held
 * back entirely: {@link Uitkomst#tegengehouden()} is true, {@link Uitkomst#bedrag()} is 0.00 and
 * {@link Uitkomst#ontbrekend()} says who, which component and which days. The lines that could be
 * computed are still listed in {@link Uitkomst#regels()} so that an official can see what is known,
 * but they are not paid and their sum is not the total.
 */
public final class Leefgeldberekening {

    /** First day on which a stop decision stops the household's allowance (source N3). */
    public static final LocalDate STOPPEN_MOGELIJK_VANAF = LocalDate.of(2023, 2, 1);

    private static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);

    private Leefgeldberekening() {
    }

    /**
     * A member of the household with the stays that make them present.
     *
     * @param verblijven stays in a location or with a host household; they may not overlap
     */
    public record Lid(UUID id, String naam, LocalDate geboortedatum, List<Verblijf> verblijven) {

        public Lid {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(geboortedatum, "geboortedatum");
            if (naam == null || naam.isBlank()) {
                throw new IllegalArgumentException("naam ontbreekt");
            }
            verblijven = List.copyOf(verblijven);
            var opVolgorde = verblijven.stream().sorted(Comparator.comparing(Verblijf::van)).toList();
            for (int i = 1; i < opVolgorde.size(); i++) {
                var vorige = opVolgorde.get(i - 1);
                if (vorige.tot() == null || vorige.tot().isAfter(opVolgorde.get(i).van())) {
                    throw new IllegalArgumentException("verblijven van " + naam + " overlappen: vanaf "
                            + vorige.van() + " en vanaf " + opVolgorde.get(i).van());
                }
            }
        }

        /** The stay that covers {@code dag}, if any. */
        public Optional<Verblijf> verblijfOp(LocalDate dag) {
            return verblijven.stream().filter(v -> v.dekt(dag)).findFirst();
        }

        /** Whether this member is younger than 18 on {@code dag}. */
        public boolean minderjarigOp(LocalDate dag) {
            return !Leeftijd.isMeerderjarigOp(geboortedatum, dag);
        }
    }

    /**
     * A stay in a municipal location or with a host household.
     *
     * @param van         day of arrival (the first night)
     * @param tot         day of departure, not counted; {@code null} while the stay lasts
     * @param catering    the location provides meals
     * @param particulier private reception: a host household
     */
    public record Verblijf(LocalDate van, LocalDate tot, boolean catering, boolean particulier) {

        public Verblijf {
            Objects.requireNonNull(van, "van");
            if (tot != null && !tot.isAfter(van)) {
                throw new IllegalArgumentException("verblijf tot " + tot + " moet na " + van + " liggen");
            }
        }

        /** Whether the member spends the night of {@code dag} in this stay. */
        public boolean dekt(LocalDate dag) {
            return !dag.isBefore(van) && (tot == null || dag.isBefore(tot));
        }
    }

    /**
     * A recorded municipal decision for the whole household.
     *
     * @param vanaf first day it applies
     * @param tot   last day it applies (inclusive); {@code null} until further notice
     * @param reden why, as recorded (for example "inkomen uit werk")
     */
    public record Besluit(Soort soort, LocalDate vanaf, LocalDate tot, String reden) {

        /** What the municipality decided. */
        public enum Soort {
            /** Stop the whole household's allowance, for example because an adult earns income. */
            STOPPEN,
            /** Give food in kind instead of the food component. */
            VOEDSEL_IN_NATURA,
            /** Give clothing and personal items in kind instead of that component. */
            KLEDING_IN_NATURA
        }

        public Besluit {
            Objects.requireNonNull(soort, "soort");
            Objects.requireNonNull(vanaf, "vanaf");
            if (tot != null && tot.isBefore(vanaf)) {
                throw new IllegalArgumentException("besluit tot " + tot + " ligt voor " + vanaf);
            }
            if (reden == null || reden.isBlank()) {
                throw new IllegalArgumentException("reden van het besluit ontbreekt");
            }
        }

        /** Whether the decision covers {@code dag}. */
        public boolean geldtOp(LocalDate dag) {
            return !dag.isBefore(vanaf) && (tot == null || !dag.isAfter(tot));
        }
    }

    /**
     * One line of the calculation: consecutive days of one member with one component on one rate row.
     *
     * @param tot          last day (inclusive)
     * @param dagen        number of days {@code van..tot}
     * @param tarief       the monthly rate
     * @param tariefVanaf  first day of the rate row
     * @param tariefTot    last day of the rate row, {@code null} until replaced
     * @param bedrag       {@code tarief × dagen / dagenInMaand}, rounded half up to cents
     * @param uitleg       the same in a sentence in the user's language
     */
    public record Regel(UUID lidId, String naam, Component component, LocalDate van, LocalDate tot, int dagen,
            int dagenInMaand, BigDecimal tarief, LocalDate tariefVanaf, LocalDate tariefTot, String bron,
            BigDecimal bedrag, String uitleg) {
    }

    /**
     * The allowance of one household for one month.
     *
     * @param bedrag      the total to pay, two decimals, never negative: the sum of {@link #regels()},
     *                    or 0.00 when the household is {@link #tegengehouden() held back}
     * @param regels      the lines, per member (in the order given) and component, by date
     * @param ontbrekend  one line per missing rate (who, which component, which days), in the user's language
     * @param toelichting notes such as the decisions applied and why the household is held back
     */
    public record Uitkomst(YearMonth maand, BigDecimal bedrag, List<Regel> regels, List<String> ontbrekend,
            List<String> toelichting) {

        public Uitkomst {
            Objects.requireNonNull(maand, "maand");
            if (bedrag.signum() < 0 || bedrag.scale() != 2) {
                throw new IllegalArgumentException("bedrag moet 0 of meer zijn met twee decimalen, niet " + bedrag);
            }
            regels = List.copyOf(regels);
            ontbrekend = List.copyOf(ontbrekend);
            toelichting = List.copyOf(toelichting);
        }

        /** True when a rate is missing: nothing of this month may be paid until it is added. */
        public boolean tegengehouden() {
            return !ontbrekend.isEmpty();
        }
    }

    /** Consecutive days of one member and component; {@code tarief} is null for days without a rate. */
    private record Stuk(Tarief tarief, boolean minderjarig, int grootte, LocalDate van, LocalDate tot) {

        boolean verlengbaarMet(LocalDate dag, Tarief ander, boolean minder, int omvang) {
            if (!tot.plusDays(1).equals(dag)) {
                return false;
            }
            return tarief != null ? tarief.equals(ander) : ander == null && minderjarig == minder && grootte == omvang;
        }

        Stuk tot(LocalDate dag) {
            return new Stuk(tarief, minderjarig, grootte, van, dag);
        }
    }

    private record Sleutel(int lid, Component component) {
    }

    /**
     * The allowance of the household {@code leden} for {@code maand}, given the municipality's
     * {@code besluiten} and the rate table {@code tarieven}. See the class documentation for the rules.
     */
    public static Uitkomst bereken(YearMonth maand, List<Lid> leden, List<Besluit> besluiten, Tarieven tarieven) {
        Objects.requireNonNull(maand, "maand");
        Objects.requireNonNull(tarieven, "tarieven");
        leden = List.copyOf(leden);
        besluiten = List.copyOf(besluiten);
        var ids = new HashSet<UUID>();
        for (var lid : leden) {
            if (!ids.add(lid.id())) {
                throw new IllegalArgumentException("lid " + lid.id() + " komt twee keer voor");
            }
        }

        var betaald = new HashMap<Sleutel, List<Stuk>>();
        var zonderTarief = new HashMap<Sleutel, List<Stuk>>();
        for (var dag = maand.atDay(1); !dag.isAfter(maand.atEndOfMonth()); dag = dag.plusDays(1)) {
            if (gestopt(dag, besluiten)) {
                continue;
            }
            var verblijven = new ArrayList<Optional<Verblijf>>(leden.size());
            int grootte = 0;
            for (var lid : leden) {
                var verblijf = lid.verblijfOp(dag);
                verblijven.add(verblijf);
                if (verblijf.isPresent()) {
                    grootte++;
                }
            }
            boolean voedselInNatura = geldt(Besluit.Soort.VOEDSEL_IN_NATURA, dag, besluiten);
            boolean kledingInNatura = geldt(Besluit.Soort.KLEDING_IN_NATURA, dag, besluiten);
            for (int i = 0; i < leden.size(); i++) {
                if (verblijven.get(i).isEmpty()) {
                    continue;
                }
                var verblijf = verblijven.get(i).get();
                boolean minderjarig = leden.get(i).minderjarigOp(dag);
                for (var component : Component.values()) {
                    boolean vanToepassing = switch (component) {
                        case VOEDSEL -> !verblijf.catering() && !voedselInNatura;
                        case KLEDING_EN_PERSOONLIJK -> !kledingInNatura;
                        case WOONCOMPONENT_POO -> verblijf.particulier();
                    };
                    if (!vanToepassing) {
                        continue;
                    }
                    var tarief = tarieven.voor(dag, component, minderjarig, grootte).orElse(null);
                    var stukken = (tarief != null ? betaald : zonderTarief)
                            .computeIfAbsent(new Sleutel(i, component), k -> new ArrayList<>());
                    voegDagToe(stukken, dag, tarief, minderjarig, grootte);
                }
            }
        }

        int dagenInMaand = maand.lengthOfMonth();
        var regels = new ArrayList<Regel>();
        var ontbrekend = new ArrayList<String>();
        for (int i = 0; i < leden.size(); i++) {
            var lid = leden.get(i);
            for (var component : Component.values()) {
                var sleutel = new Sleutel(i, component);
                for (var stuk : betaald.getOrDefault(sleutel, List.of())) {
                    regels.add(regel(lid, component, stuk, dagenInMaand));
                }
                for (var stuk : zonderTarief.getOrDefault(sleutel, List.of())) {
                    ontbrekend.add(Berichten.tekst("leefgeld.uitleg.ontbreekt", omschrijving(component).toLowerCase(Berichten.taal()),
                            Berichten.tekst(stuk.minderjarig() ? "leefgeld.uitleg.minderjarige" : "leefgeld.uitleg.volwassene"),
                            String.valueOf(stuk.grootte()), datum(stuk.van()), datum(stuk.tot()), lid.naam()));
                }
            }
        }

        var toelichting = toelichting(maand, besluiten);
        BigDecimal bedrag;
        if (ontbrekend.isEmpty()) {
            bedrag = regels.stream().map(Regel::bedrag).reduce(NUL, BigDecimal::add);
        } else {
            bedrag = NUL;
            toelichting.add(ontbrekend.size() == 1 ? Berichten.tekst("leefgeld.uitleg.tegengehoudenEen")
                    : Berichten.tekst("leefgeld.uitleg.tegengehoudenMeer", String.valueOf(ontbrekend.size())));
        }
        return new Uitkomst(maand, bedrag, regels, ontbrekend, toelichting);
    }

    private static void voegDagToe(List<Stuk> stukken, LocalDate dag, Tarief tarief, boolean minderjarig, int grootte) {
        if (!stukken.isEmpty()) {
            var laatste = stukken.getLast();
            if (laatste.verlengbaarMet(dag, tarief, minderjarig, grootte)) {
                stukken.set(stukken.size() - 1, laatste.tot(dag));
                return;
            }
        }
        stukken.add(new Stuk(tarief, minderjarig, grootte, dag, dag));
    }

    private static Regel regel(Lid lid, Component component, Stuk stuk, int dagenInMaand) {
        var tarief = stuk.tarief();
        int dagen = (int) ChronoUnit.DAYS.between(stuk.van(), stuk.tot()) + 1;
        var bedrag = tarief.bedragPerMaand().multiply(BigDecimal.valueOf(dagen))
                .divide(BigDecimal.valueOf(dagenInMaand), 2, RoundingMode.HALF_UP);
        var uitleg = Berichten.tekst("leefgeld.uitleg.regel", omschrijving(component), groepEnGrootte(tarief),
                Weergave.in(Berichten.taal()).bedrag(tarief.bedragPerMaand()), String.valueOf(dagen), String.valueOf(dagenInMaand),
                datum(tarief.geldigVanaf()), tarief.bron());
        return new Regel(lid.id(), lid.naam(), component, stuk.van(), stuk.tot(), dagen, dagenInMaand,
                tarief.bedragPerMaand(), tarief.geldigVanaf(), tarief.geldigTot(), tarief.bron(), bedrag, uitleg);
    }

    private static boolean gestopt(LocalDate dag, List<Besluit> besluiten) {
        return !dag.isBefore(STOPPEN_MOGELIJK_VANAF) && geldt(Besluit.Soort.STOPPEN, dag, besluiten);
    }

    private static boolean geldt(Besluit.Soort soort, LocalDate dag, List<Besluit> besluiten) {
        for (var besluit : besluiten) {
            if (besluit.soort() == soort && besluit.geldtOp(dag)) {
                return true;
            }
        }
        return false;
    }

    /** One note per decision that touches the month, in order of its first day. */
    private static List<String> toelichting(YearMonth maand, List<Besluit> besluiten) {
        var regels = new ArrayList<String>();
        var opVolgorde = besluiten.stream()
                .sorted(Comparator.comparing(Besluit::vanaf).thenComparing(Besluit::soort)).toList();
        for (var besluit : opVolgorde) {
            var van = max(besluit.vanaf(), maand.atDay(1));
            var tot = besluit.tot() == null ? maand.atEndOfMonth() : min(besluit.tot(), maand.atEndOfMonth());
            if (van.isAfter(tot)) {
                continue;
            }
            var besluitTekst = Berichten.tekst("leefgeld.uitleg.besluit", Berichten.tekst("leefgeld.uitleg.besluit." + besluit.soort().name()),
                    periode(besluit), besluit.reden());
            switch (besluit.soort()) {
                case STOPPEN -> {
                    if (van.isBefore(STOPPEN_MOGELIJK_VANAF)) {
                        var laatsteNiet = min(tot, STOPPEN_MOGELIJK_VANAF.minusDays(1));
                        regels.add(Berichten.tekst("leefgeld.uitleg.stoppenNiet", besluitTekst, datum(van), datum(laatsteNiet),
                                datum(STOPPEN_MOGELIJK_VANAF)));
                    }
                    var eersteWel = max(van, STOPPEN_MOGELIJK_VANAF);
                    if (!eersteWel.isAfter(tot)) {
                        regels.add(Berichten.tekst("leefgeld.uitleg.stoppen", besluitTekst, datum(eersteWel), datum(tot)));
                    }
                }
                case VOEDSEL_IN_NATURA -> regels.add(Berichten.tekst("leefgeld.uitleg.voedselInNatura", besluitTekst, datum(van), datum(tot)));
                case KLEDING_IN_NATURA -> regels.add(Berichten.tekst("leefgeld.uitleg.kledingInNatura", besluitTekst, datum(van), datum(tot)));
            }
        }
        return regels;
    }

    private static String periode(Besluit besluit) {
        return besluit.tot() == null ? Berichten.tekst("leefgeld.uitleg.vanaf", datum(besluit.vanaf()))
                : Berichten.tekst("leefgeld.uitleg.vanTot", datum(besluit.vanaf()), datum(besluit.tot()));
    }

    private static String omschrijving(Component component) {
        return Berichten.tekst("component." + component.name().toLowerCase(Locale.ROOT));
    }

    /** The age group and household sizes of a rate row, as far as the row depends on them. */
    private static String groepEnGrootte(Tarief tarief) {
        var tekst = new StringBuilder();
        if (tarief.leeftijdsgroep() != Leeftijdsgroep.ALLE) {
            tekst.append(", ").append(Berichten.tekst("leefgeld.uitleg." + tarief.leeftijdsgroep().code()));
        }
        int min = tarief.huishoudenMin();
        var max = tarief.huishoudenMax();
        if (min > 1 || max != null) {
            var grootte = max == null ? Berichten.tekst("leefgeld.uitleg.ofMeer", String.valueOf(min))
                    : max == min ? String.valueOf(min)
                    : max == min + 1 ? Berichten.tekst("leefgeld.uitleg.of", String.valueOf(min), String.valueOf(max))
                    : Berichten.tekst("leefgeld.uitleg.tm", String.valueOf(min), String.valueOf(max));
            tekst.append(tekst.isEmpty() ? ", " + Berichten.tekst("leefgeld.uitleg.huishoudenVan", grootte)
                    : " " + Berichten.tekst("leefgeld.uitleg.inHuishoudenVan", grootte));
        }
        return tekst.toString();
    }

    private static String datum(LocalDate dag) {
        return Weergave.in(Berichten.taal()).datum(dag);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
