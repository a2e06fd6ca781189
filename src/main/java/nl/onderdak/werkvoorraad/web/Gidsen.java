// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;

/**
 * The guides of {@code /hulp}, one per way of working: what waits for that role and where it is done.
 * The text is in the messages ({@code hulp.<code>.*}); the places are the pages of the modules.
 */
enum Gidsen {
    GEMEENTE("gemeente", List.of("/huishoudens", "/termijnen", "/plaatsingsverzoeken", "/opvanglocaties")),
    FINANCIEN("financien", List.of("/betaalruns", "/bekostiging", "/declaraties", "/transitievergoedingen")),
    JEUGD("jeugd", List.of("/huishoudens", "/termijnen", "/plaatsingsverzoeken")),
    REGIO("regio", List.of("/plaatsingsverzoeken", "/capaciteit", "/regiokosten")),
    LCVS("lcvs", List.of("/plaatsingsverzoeken", "/capaciteit")),
    KCIO("kcio", List.of("/rapportage/kcio", "/capaciteit")),
    NOO("noo", List.of("/declaraties", "/transitievergoedingen", "/regiokosten", "/bekostiging")),
    BEHEER("beheer", List.of("/leefgeld/tarieven", "/bekostiging/normbedragen", "/beheer/cbs", "/opgavebesluiten")),
    /** The provincial table of the distribution law (texts in spreiding's messages). */
    PROVINCIE("provincie", List.of("/spreiding")),
    /** The host-matching organisation (texts in gastgezinnen's messages). */
    MATCHER("matcher", List.of("/gastgezinnen", "/gastgezinnen/verzoeken", "/gastgezinnen/voorstellen", "/gastgezinnen/koppelingen"));

    final String code;
    /** The pages the guide sends the reader to, in the order it names them. */
    final List<String> plekken;

    Gidsen(String code, List<String> plekken) {
        this.code = code;
        this.plekken = plekken;
    }

    public String code() {
        return code;
    }

    public List<String> plekken() {
        return plekken;
    }

    static Optional<Gidsen> van(String code) {
        for (var gids : values()) {
            if (gids.code.equals(code)) {
                return Optional.of(gids);
            }
        }
        return Optional.empty();
    }

    /** The guides for the user's roles: a gemeente employee gets the gemeente and finance guides. */
    static List<Gidsen> voor(Gebruiker gebruiker) {
        var gidsen = new ArrayList<Gidsen>();
        if (gebruiker.heeft(Rol.GEMEENTE_MEDEWERKER)) {
            gidsen.add(GEMEENTE);
            gidsen.add(FINANCIEN);
        }
        if (gebruiker.heeft(Rol.MINDERJARIGEN)) {
            gidsen.add(JEUGD);
        }
        if (gebruiker.heeft(Rol.REGIO_COORDINATOR)) {
            gidsen.add(REGIO);
        }
        if (gebruiker.heeft(Rol.LCVS_PLAATSER)) {
            gidsen.add(LCVS);
        }
        if (gebruiker.heeft(Rol.KCIO_ANALIST)) {
            gidsen.add(KCIO);
        }
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            gidsen.add(NOO);
        }
        if (gebruiker.heeft(Rol.BEHEERDER)) {
            gidsen.add(BEHEER);
        }
        if (gebruiker.heeft(Rol.PROVINCIE_REGISSEUR)) {
            gidsen.add(PROVINCIE);
        }
        if (gebruiker.heeft(Rol.MATCHER)) {
            gidsen.add(MATCHER);
        }
        return gidsen;
    }
}
