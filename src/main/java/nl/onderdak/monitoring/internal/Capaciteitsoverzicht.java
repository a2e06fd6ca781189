// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.gebieden.Gemeente;
import nl.onderdak.gebieden.GemeenteFilter;
import nl.onderdak.locaties.Capaciteiten;
import nl.onderdak.locaties.LocatieCapaciteit;
import nl.onderdak.opgave.Opgavebesluiten;
import nl.onderdak.plaatsing.Bezetting;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usable beds, occupied, free and the target per gemeente, region and nation on a day. Beds come
 * from the locations module, occupancy from placements (the one count of who sleeps where), the
 * target from the target decision in force that day.
 */
@Service
@Transactional(readOnly = true)
public class Capaciteitsoverzicht {

    /** The overview on a day at one level, with the target decision it compared against. */
    public record Overzicht(LocalDate peildatum, Niveau niveau, String opgavebesluitHalfjaar, List<CapaciteitRegel> regels) {
    }

    /** One day of the trend. */
    public record Dag(LocalDate datum, int bruikbaar, int bezet) {
    }

    private final Capaciteiten capaciteiten;
    private final Bezetting bezetting;
    private final Gebieden gebieden;
    private final Opgavebesluiten opgavebesluiten;

    /**
     * Who may open the capacity overviews and the KCIO report: anyone logged in; the lines they see
     * follow their {@link Scope}. The menu asks the same.
     */
    public static boolean magInzien(@Nullable Gebruiker gebruiker) {
        return gebruiker != null;
    }

    Capaciteitsoverzicht(Capaciteiten capaciteiten, Bezetting bezetting, Gebieden gebieden, Opgavebesluiten opgavebesluiten) {
        this.capaciteiten = capaciteiten;
        this.bezetting = bezetting;
        this.gebieden = gebieden;
        this.opgavebesluiten = opgavebesluiten;
    }

    /**
     * The lines a user may see: gemeenten inside their scope; regions that contain a gemeente of
     * their scope; the nation only for a national scope.
     */
    public Overzicht op(LocalDate dag, Niveau niveau, Scope scope) {
        var indeling = gebieden.huidigeIndeling().orElseThrow();
        var peiljaar = gebieden.peiljaren(indeling).getLast();
        var gemeenten = gebieden.gemeenten(indeling, peiljaar, GemeenteFilter.alles());
        var besluit = opgavebesluiten.geldendOp(dag);
        Map<String, Integer> regioOpgave = new HashMap<>();
        besluit.ifPresent(b -> b.regios().forEach(r -> regioOpgave.put(r.code(), r.opgave())));

        var zichtbareGemeenten = gemeenten.stream().filter(g -> scope.omvat(g.code())).toList();
        var nodig = switch (niveau) {
            case GEMEENTE -> zichtbareGemeenten;
            case REGIO -> {
                var regios = zichtbareGemeenten.stream().map(Gemeente::veiligheidsregioCode).collect(Collectors.toSet());
                yield gemeenten.stream().filter(g -> regios.contains(g.veiligheidsregioCode())).toList();
            }
            case LAND -> scope.landelijk() ? gemeenten : List.<Gemeente>of();
        };
        var codes = nodig.stream().map(Gemeente::code).collect(Collectors.toSet());
        var perLocatie = nodig.isEmpty() ? List.<LocatieCapaciteit>of()
                : capaciteiten.op(dag, nodig.size() == gemeenten.size() ? Optional.empty() : Optional.of(codes));
        var bezet = bezetting.perLocatieOp(dag);

        var perGemeente = new TreeMap<String, Optellen>();
        for (var g : nodig) {
            perGemeente.put(g.code(), new Optellen());
        }
        for (var l : perLocatie) {
            var som = perGemeente.get(l.gemeenteCode());
            if (som != null) {
                som.tel(l, bezet.getOrDefault(l.id(), Bezetting.Bezet.GEEN).totaal());
            }
        }
        var regels = new ArrayList<CapaciteitRegel>();
        switch (niveau) {
            case GEMEENTE -> nodig.stream().sorted(Comparator.comparing(Gemeente::naam))
                    .forEach(g -> regels.add(perGemeente.get(g.code()).regel(g.code(), g.naam(), g.veiligheidsregioCode(), null)));
            case REGIO -> {
                var regioNaam = gebieden.veiligheidsregios(indeling, peiljaar).stream()
                        .collect(Collectors.toMap(r -> r.code(), r -> r.naam()));
                var perRegio = new TreeMap<String, Optellen>();
                for (var g : nodig) {
                    perRegio.computeIfAbsent(g.veiligheidsregioCode(), k -> new Optellen()).plus(perGemeente.get(g.code()));
                }
                perRegio.forEach((code, som) -> regels.add(som.regel(code, regioNaam.get(code), code,
                        besluit.isPresent() ? regioOpgave.get(code) : null)));
            }
            case LAND -> {
                if (!nodig.isEmpty()) {
                    var som = new Optellen();
                    perGemeente.values().forEach(som::plus);
                    regels.add(som.regel("NL", "Nederland", null, besluit.map(b -> b.landelijkTotaal()).orElse(null)));
                }
            }
        }
        return new Overzicht(dag, niveau, besluit.map(b -> b.halfjaar().toString()).orElse(null), regels);
    }

    /** Usable and occupied beds per day over a period, inside the scope. */
    public List<Dag> trend(LocalDate van, LocalDate tot, Scope scope) {
        Optional<Set<String>> gemeenten = scope.gemeenten();
        var bruikbaar = capaciteiten.bruikbaarPerDag(van, tot, gemeenten);
        var locaties = gemeenten.isEmpty() ? null
                : capaciteiten.op(tot, gemeenten).stream().map(LocatieCapaciteit::id).toList();
        var bezet = bezetting.perDag(van, tot, locaties);
        var dagen = new ArrayList<Dag>();
        for (var d = van; !d.isAfter(tot); d = d.plusDays(1)) {
            dagen.add(new Dag(d, bruikbaar.getOrDefault(d, 0), bezet.getOrDefault(d, 0)));
        }
        return dagen;
    }

    private static final class Optellen {
        int locaties, opgegeven, buitenGebruik, lang, kort, bezet;

        /** A location counts with its beds only on days it is available; people placed there count as occupied regardless. */
        void tel(LocatieCapaciteit l, int bezetOpLocatie) {
            bezet += bezetOpLocatie;
            if (!l.beschikbaar()) {
                return;
            }
            locaties++;
            opgegeven += l.opgegeven();
            buitenGebruik += l.buitenGebruik();
            lang += l.bruikbaarLang();
            kort += l.bruikbaarKort();
        }

        void plus(Optellen o) {
            locaties += o.locaties;
            opgegeven += o.opgegeven;
            buitenGebruik += o.buitenGebruik;
            lang += o.lang;
            kort += o.kort;
            bezet += o.bezet;
        }

        CapaciteitRegel regel(String code, String naam, String regio, Integer opgave) {
            return new CapaciteitRegel(code, naam, regio, locaties, opgegeven, buitenGebruik, lang, kort, bezet, opgave);
        }
    }
}
