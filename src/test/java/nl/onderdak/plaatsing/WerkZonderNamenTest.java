// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A work item is listed on start pages, in the API and in mail: its description names what waits and
 * for which gemeente, never a person. For every demo account, in Dutch and English, no description of
 * the placement and residents modules' work sources contains a first or last name of a demo resident
 * or a BSN.
 */
class WerkZonderNamenTest extends IntegratieTest {

    private static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    @Autowired
    List<Werkbron> werkbronnen;

    @Autowired
    Organisaties organisaties;

    @Autowired
    JdbcClient jdbc;

    /**
     * The demo accounts as the application knows them (organisation and roles from the account table),
     * one per organisation and set of roles: work depends on nothing else.
     */
    private List<Gebruiker> demogebruikers() {
        var gezien = new HashSet<String>();
        return jdbc.sql("select gebruikersnaam, weergavenaam, organisatie_code, rollen from toegang.gebruiker order by gebruikersnaam")
                .query((rs, i) -> new Gebruiker(rs.getString(1), rs.getString(2), organisaties.vind(rs.getString(3)).orElseThrow(),
                        Set.copyOf(Arrays.stream((String[]) rs.getArray(4).getArray()).map(Rol::valueOf).toList())))
                .list().stream().filter(g -> gezien.add(g.organisatie().code() + new java.util.TreeSet<>(g.rollen()))).toList();
    }

    /** The names of the residents the demo data registered, each word of three letters or more, lower case. */
    private Set<String> demonamen() {
        var namen = new HashSet<String>();
        jdbc.sql("""
                select b.voornaam, b.achternaam, b.voornaam_origineel, b.achternaam_origineel
                  from bewoners.bewoner b join bewoners.huishouden h on h.id = b.huishouden_id where h.aangemaakt_door = 'demo'""")
                .query(rs -> {
                    for (int k = 1; k <= 4; k++) {
                        var naam = rs.getString(k);
                        if (naam != null) {
                            Arrays.stream(naam.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3)
                                    .forEach(w -> namen.add(w.toLowerCase(Locale.ROOT)));
                        }
                    }
                });
        return namen;
    }

    private static boolean vanPlaatsingOfBewoners(Werkbron bron) {
        var pakket = AopUtils.getTargetClass(bron).getPackageName();
        return pakket.startsWith("nl.onderdak.plaatsing") || pakket.startsWith("nl.onderdak.bewoners");
    }

    /** The words of a description that are a resident's name. */
    private static List<String> namenIn(String omschrijving, Set<String> namen) {
        return Arrays.stream(omschrijving.split("[^\\p{L}\\p{N}]+")).filter(w -> namen.contains(w.toLowerCase(Locale.ROOT))).toList();
    }

    @Test
    void geen_werkomschrijving_van_plaatsing_of_bewoners_noemt_een_bewoner_of_een_bsn() {
        var namen = demonamen();
        assertThat(namen).as("the demo data has residents").isNotEmpty();
        var bronnen = werkbronnen.stream().filter(WerkZonderNamenTest::vanPlaatsingOfBewoners).toList();
        assertThat(bronnen).as("placement and residents both list work").hasSizeGreaterThanOrEqualTo(2);
        // The check itself finds a name where there is one.
        var eenNaam = namen.iterator().next();
        assertThat(namenIn("Plek zoeken voor " + eenNaam + " (aankomst 5-12-2026)", namen)).isNotEmpty();

        var omschrijvingen = new ArrayList<String>();
        for (var gebruiker : demogebruikers()) {
            for (var taal : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
                bronnen.forEach(b -> b.werkVoor(gebruiker, taal).stream().map(Werk::omschrijving).forEach(omschrijvingen::add));
            }
        }

        assertThat(omschrijvingen).as("the demo data gives work to list").isNotEmpty();
        assertThat(omschrijvingen).allSatisfy(o -> {
            assertThat(namenIn(o, namen)).as(o).isEmpty();
            assertThat(NEGEN_CIJFERS.matcher(o).find()).as(o).isFalse();
        });
    }
}
