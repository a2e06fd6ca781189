// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.onderdak.IntegratieTest;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.gebieden.GemeenteFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

class ScopeTest extends IntegratieTest {

    @Autowired
    Toegang toegang;

    @Autowired
    UserDetailsService gebruikers;

    @Autowired
    Gebieden gebieden;

    /** The demo account logged in, as {@link Toegang} sees it (the account type itself is internal). */
    private Gebruiker gebruiker(String naam) {
        var account = gebruikers.loadUserByUsername(naam);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        return toegang.huidigeGebruiker().orElseThrow();
    }

    private Set<String> gemeentenVanVR09() {
        var huidige = gebieden.huidigeIndeling().orElseThrow();
        return Set.copyOf(gebieden.gemeenten(huidige, 2024,
                        new GemeenteFilter(null, "VR09", null, null, GemeenteFilter.Sortering.CODE, false))
                .stream().map(nl.onderdak.gebieden.Gemeente::code).toList());
    }

    private static List<String> tekstLijst(JsonNode node) {
        var lijst = new ArrayList<String>();
        node.forEach(n -> lijst.add(n.asString()));
        return lijst;
    }

    @AfterEach
    void leegBeveiligingscontext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void gemeenteMedewerkerZietAlleenDeEigenGemeente() {
        var scope = toegang.scopeVan(gebruiker("utrecht"));

        assertThat(scope).isEqualTo(new Scope.Gemeente("GM0344"));
        assertThat(scope.gemeenten()).contains(Set.of("GM0344"));
        assertThat(scope.omvat("GM0344")).isTrue();
        assertThat(scope.omvat("GM0307")).isFalse();
        assertThat(scope.landelijk()).isFalse();
    }

    @Test
    void regiocoordinatorZietDe26GemeentenVanDeRegio() {
        var scope = toegang.scopeVan(gebruiker("regio-utrecht"));

        assertThat(scope).isInstanceOf(Scope.Regio.class);
        assertThat(((Scope.Regio) scope).veiligheidsregioCode()).isEqualTo("VR09");
        var gemeenten = scope.gemeenten().orElseThrow();
        assertThat(gemeenten).hasSize(26).contains("GM0344", "GM0307").doesNotContain("GM0599");
        assertThat(gemeenten).isEqualTo(gemeentenVanVR09());
        assertThat(scope.omvat("GM0307")).isTrue();
        assertThat(scope.omvat("GM0599")).isFalse();
        assertThat(scope.landelijk()).isFalse();
    }

    @Test
    void landelijkeOrganisatiesZienAlles() {
        for (var naam : List.of("lcvs", "kcio", "noo", "jenv", "beheer")) {
            var scope = toegang.scopeVan(gebruiker(naam));

            assertThat(scope).as(naam).isInstanceOf(Scope.Landelijk.class);
            assertThat(scope.landelijk()).as(naam).isTrue();
            assertThat(scope.gemeenten()).as(naam).isEmpty();
            assertThat(scope.omvat("GM0599")).as(naam).isTrue();
        }
    }

    @Test
    void matchingOrganisatieZietNiets() {
        var org = new Organisatie("REFUGEEHOMENL", "RefugeeHomeNL", Organisatie.Soort.MATCHING, null, null);

        var scope = toegang.scopeVan(new Gebruiker("matcher", "Matcher", org, Set.of(Rol.MATCHER)));

        assertThat(scope).isInstanceOf(Scope.Geen.class);
        assertThat(scope.gemeenten()).contains(Set.of());
        assertThat(scope.landelijk()).isFalse();
        assertThat(scope.omvat("GM0344")).isFalse();
    }

    @Test
    void provincieZietGeenGegevensVanPersonen() {
        var org = new Organisatie("PV26", "Provincie Utrecht", Organisatie.Soort.PROVINCIE, null, null);

        var scope = toegang.scopeVan(new Gebruiker("provincie-utrecht", "Regietafel", org, Set.of(Rol.PROVINCIE_REGISSEUR)));

        assertThat(scope).isInstanceOf(Scope.Geen.class);
        assertThat(scope.omvat("GM0344")).isFalse();
    }

    @Test
    void zonderIngelogdeGebruikerIsDeScopeLeeg() {
        SecurityContextHolder.clearContext();

        assertThat(toegang.huidigeGebruiker()).isEmpty();
        assertThat(toegang.scope()).isInstanceOf(Scope.Geen.class);
    }

    @Test
    void scopeVolgtDeIngelogdeGebruiker() {
        var account = gebruikers.loadUserByUsername("amersfoort");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));

        assertThat(toegang.huidigeGebruiker()).map(Gebruiker::gebruikersnaam).contains("amersfoort");
        assertThat(toegang.scope()).isEqualTo(new Scope.Gemeente("GM0307"));
    }

    @ParameterizedTest
    @CsvSource({
        "utrecht,GM0344,gemeente,GEMEENTE_MEDEWERKER",
        "amersfoort,GM0307,gemeente,GEMEENTE_MEDEWERKER",
        "rotterdam,GM0599,gemeente,GEMEENTE_MEDEWERKER",
        "regio-utrecht,VR09,veiligheidsregio,REGIO_COORDINATOR",
        "lcvs,LCVS,landelijk,LCVS_PLAATSER",
        "kcio,KCIO,landelijk,KCIO_ANALIST",
        "noo,NOO,landelijk,NOO_MEDEWERKER",
        "jenv,JENV,landelijk,OPGAVE_VASTSTELLER",
        "beheer,BEHEER,landelijk,BEHEERDER OPGAVE_VASTSTELLER"})
    void mijGeeftOrganisatieRollenEnBereikVanElkDemoAccount(String naam, String organisatie, String soort,
            String rollen) {
        var antwoord = get("/api/v1/mij", naam);

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        var json = antwoord.json();
        assertThat(json.get("gebruikersnaam").asString()).isEqualTo(naam);
        assertThat(json.get("weergavenaam").asString()).isNotBlank();
        assertThat(json.get("organisatie").get("code").asString()).isEqualTo(organisatie);
        assertThat(json.get("organisatie").get("soort").asString()).isEqualTo(soort);
        assertThat(tekstLijst(json.get("rollen"))).containsExactly(rollen.split(" "));
        boolean landelijk = soort.equals("landelijk");
        assertThat(json.get("landelijk").asBoolean()).isEqualTo(landelijk);
        if (landelijk) {
            assertThat(json.get("gemeenten").isNull()).isTrue();
        } else if (soort.equals("gemeente")) {
            assertThat(tekstLijst(json.get("gemeenten"))).containsExactly(organisatie);
        } else {
            assertThat(tekstLijst(json.get("gemeenten"))).hasSize(26).contains("GM0344", "GM0307")
                    .doesNotContain("GM0599").isSorted().containsExactlyInAnyOrderElementsOf(gemeentenVanVR09());
        }
    }

    @Test
    void mijZonderInloggenGeeft401() {
        var antwoord = get("/api/v1/mij");

        assertThat(antwoord.status()).isEqualTo(401);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
    }

    @Test
    void verkeerdWachtwoordGeeft401Probleem() {
        var antwoord = get("/api/v1/mij", "utrecht", "verkeerd");

        assertThat(antwoord.status()).isEqualTo(401);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.header("WWW-Authenticate")).startsWith("Basic");
        var json = antwoord.json();
        assertThat(json.get("status").asInt()).isEqualTo(401);
        assertThat(json.get("type").asString()).isEqualTo("urn:onderdak:probleem:niet-ingelogd");
        assertThat(json.get("instance").asString()).isEqualTo("/api/v1/mij");
    }

    @Test
    void onbekendeGebruikerGeeft401Probleem() {
        var antwoord = get("/api/v1/mij", "bestaat-niet");

        assertThat(antwoord.status()).isEqualTo(401);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
    }
}
