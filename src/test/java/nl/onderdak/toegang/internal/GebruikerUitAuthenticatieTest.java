// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Without Spring: the organisations come from a small in-memory stand-in for {@link nl.onderdak.toegang.Organisaties}. */
class GebruikerUitAuthenticatieTest {

    private static final Map<String, Organisatie> BEKEND = Map.of(
            "GM0344", new Organisatie("GM0344", "Gemeente Utrecht", Organisatie.Soort.GEMEENTE, "GM0344", null),
            "VR09", new Organisatie("VR09", "Veiligheidsregio Utrecht", Organisatie.Soort.VEILIGHEIDSREGIO, null, "VR09"),
            "JENV", new Organisatie("JENV", "Ministerie van Justitie en Veiligheid", Organisatie.Soort.LANDELIJK, null,
                    null),
            "BEHEER", new Organisatie("BEHEER", "Landelijk beheer Onderdak", Organisatie.Soort.LANDELIJK, null, null),
            "KCIO", new Organisatie("KCIO", "Knooppunt Coördinatie en Informatie Oekraïne", Organisatie.Soort.LANDELIJK, null,
                    null));

    private static final Function<String, Optional<Organisatie>> ORGANISATIES = code -> Optional.ofNullable(BEKEND.get(code));

    private static Map<String, Object> claims(Object... paren) {
        var claims = new HashMap<String, Object>();
        claims.put("sub", "f3c1-sub");
        for (int i = 0; i < paren.length; i += 2) {
            claims.put((String) paren[i], paren[i + 1]);
        }
        return claims;
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").claims(c -> c.putAll(claims))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
    }

    @Test
    void maaktGemeenteMedewerkerUitOrganisatieEnRealmRollen() {
        var gebruiker = GebruikerUitAuthenticatie.uitClaims(claims(
                "organisatie", "GM0344",
                "preferred_username", "j.jansen",
                "name", "Jan Jansen",
                "realm_access", Map.of("roles", List.of("GEMEENTE_MEDEWERKER", "offline_access", "uma_authorization"))),
                ORGANISATIES);

        assertThat(gebruiker).contains(new Gebruiker("j.jansen", "Jan Jansen", BEKEND.get("GM0344"),
                Set.of(Rol.GEMEENTE_MEDEWERKER)));
    }

    @Test
    void leestOokEenPlatteRollenClaimEnVoegtBeideSamen() {
        var gebruiker = GebruikerUitAuthenticatie.uitClaims(claims(
                "organisatie", "BEHEER",
                "preferred_username", "p.pieters",
                "roles", List.of("OPGAVE_VASTSTELLER"),
                "realm_access", Map.of("roles", List.of("BEHEERDER"))), ORGANISATIES).orElseThrow();

        assertThat(gebruiker.rollen()).containsExactlyInAnyOrder(Rol.OPGAVE_VASTSTELLER, Rol.BEHEERDER);
        assertThat(gebruiker.organisatie().soort()).isEqualTo(Organisatie.Soort.LANDELIJK);
    }

    @Test
    void eenRolGeeftAlleenRechtenInDeOrganisatieWaarZeBijHoort() {
        // The NOO's and the LCVS's roles handed to a KCIO analyst, the administrator's to the ministry, a
        // gemeente's to a region: none of them counts. What fits the organisation stays.
        var kcio = GebruikerUitAuthenticatie.uitClaims(claims("organisatie", "KCIO", "preferred_username", "k",
                "roles", List.of("KCIO_ANALIST", "NOO_MEDEWERKER", "LCVS_PLAATSER", "MINDERJARIGEN")), ORGANISATIES).orElseThrow();
        assertThat(kcio.rollen()).containsExactly(Rol.KCIO_ANALIST);
        assertThat(kcio.heeft(Rol.NOO_MEDEWERKER)).isFalse();

        var jenv = GebruikerUitAuthenticatie.uitClaims(claims("organisatie", "JENV", "preferred_username", "j",
                "roles", List.of("OPGAVE_VASTSTELLER", "BEHEERDER")), ORGANISATIES).orElseThrow();
        assertThat(jenv.rollen()).containsExactly(Rol.OPGAVE_VASTSTELLER);

        var regio = GebruikerUitAuthenticatie.uitClaims(claims("organisatie", "VR09", "preferred_username", "r",
                "roles", List.of("GEMEENTE_MEDEWERKER", "REGIO_COORDINATOR", "MINDERJARIGEN", "MATCHER")), ORGANISATIES).orElseThrow();
        assertThat(regio.rollen()).containsExactlyInAnyOrder(Rol.REGIO_COORDINATOR, Rol.MINDERJARIGEN);
        assertThat(regio.isGemeenteMedewerker()).isFalse();
    }

    @Test
    void negeertOnbekendeRollen() {
        var rollen = GebruikerUitAuthenticatie.rollen(claims(
                "realm_access", Map.of("roles", List.of("REGIO_COORDINATOR", "admin", "regio_coordinator", "ROLE_BEHEERDER")),
                "roles", List.of("SUPERUSER", 42)));

        assertThat(rollen).containsExactly(Rol.REGIO_COORDINATOR);
    }

    @Test
    void zonderRollenClaimIsErGeenRol() {
        var gebruiker = GebruikerUitAuthenticatie.uitClaims(claims("organisatie", "VR09", "preferred_username", "r"),
                ORGANISATIES).orElseThrow();

        assertThat(gebruiker.rollen()).isEmpty();
        assertThat(GebruikerUitAuthenticatie.rollen(claims("realm_access", "geen kaart", "roles", "geen lijst"))).isEmpty();
    }

    @Test
    void zonderOrganisatieClaimIsErGeenGebruiker() {
        assertThat(GebruikerUitAuthenticatie.uitClaims(claims("preferred_username", "x",
                "realm_access", Map.of("roles", List.of("BEHEERDER"))), ORGANISATIES)).isEmpty();
    }

    @Test
    void metOnbekendeOfVerkeerdGetypeerdeOrganisatieIsErGeenGebruiker() {
        assertThat(GebruikerUitAuthenticatie.uitClaims(claims("organisatie", "GM9999"), ORGANISATIES)).isEmpty();
        assertThat(GebruikerUitAuthenticatie.uitClaims(claims("organisatie", List.of("GM0344")), ORGANISATIES)).isEmpty();
    }

    @Test
    void valtTerugOpSubjectEnGebruikersnaamAlsNamenOntbreken() {
        var gebruiker = GebruikerUitAuthenticatie.uitClaims(claims("organisatie", "GM0344"), ORGANISATIES).orElseThrow();

        assertThat(gebruiker.gebruikersnaam()).isEqualTo("f3c1-sub");
        assertThat(gebruiker.weergavenaam()).isEqualTo("f3c1-sub");
    }

    @Test
    void leestEenBearerToken() {
        var token = jwt(claims("organisatie", "VR09", "preferred_username", "coord",
                "realm_access", Map.of("roles", List.of("REGIO_COORDINATOR"))));

        var gebruiker = GebruikerUitAuthenticatie.van(new JwtAuthenticationToken(token, List.of()), ORGANISATIES);

        assertThat(gebruiker).map(Gebruiker::gebruikersnaam).contains("coord");
        assertThat(gebruiker).map(Gebruiker::rollen).contains(Set.of(Rol.REGIO_COORDINATOR));
    }

    @Test
    void leestEenOidcLogin() {
        var idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300),
                claims("organisatie", "GM0344", "preferred_username", "oidc-gebruiker", "roles",
                        List.of("GEMEENTE_MEDEWERKER")));
        var oidc = new DefaultOidcUser(List.of(), idToken);

        var gebruiker = GebruikerUitAuthenticatie.van(new TestingAuthenticationToken(oidc, null, List.of()), ORGANISATIES);

        assertThat(gebruiker).map(Gebruiker::gebruikersnaam).contains("oidc-gebruiker");
        assertThat(gebruiker).map(g -> g.organisatie().code()).contains("GM0344");
    }

    @Test
    void geeftHetLokaleAccountTerug() {
        var lokaal = new Gebruiker("utrecht", "Medewerker", BEKEND.get("GM0344"), Set.of(Rol.GEMEENTE_MEDEWERKER));
        var account = new LokaleGebruikers.Account(lokaal, "{noop}x");

        var gebruiker = GebruikerUitAuthenticatie.van(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()), ORGANISATIES);

        assertThat(gebruiker).contains(lokaal);
    }

    @Test
    void nietGeauthenticeerdOfOnbekendSoortPrincipalGeeftGeenGebruiker() {
        var token = jwt(claims("organisatie", "GM0344"));

        assertThat(GebruikerUitAuthenticatie.van(UsernamePasswordAuthenticationToken.unauthenticated(token, null),
                ORGANISATIES)).isEmpty();
        assertThat(GebruikerUitAuthenticatie.van(new TestingAuthenticationToken("gewoon een naam", null, List.of()),
                ORGANISATIES)).isEmpty();
    }

    @Test
    void deRolMinderjarigenKomtUitDeClaimsNaastDeGemeenterol() {
        var gebruiker = GebruikerUitAuthenticatie.uitClaims(claims(
                "organisatie", "GM0344", "preferred_username", "jeugd",
                "roles", List.of("GEMEENTE_MEDEWERKER", "MINDERJARIGEN")), ORGANISATIES).orElseThrow();

        assertThat(gebruiker.rollen()).containsExactlyInAnyOrder(Rol.GEMEENTE_MEDEWERKER, Rol.MINDERJARIGEN);
    }

    @Test
    void eenBsnAlsSubOfGebruikersnaamGeeftGeenGebruikerEnDeValidatorWeigertHetToken() {
        var bsn = "111222333"; // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 = 69, minus 3 = 66: divisible by 11
        assertThat(GeenBsnAlsSub.lijktOpBsn(bsn)).isTrue();

        var metBsnAlsSub = claims("organisatie", "GM0344", "preferred_username", "jeugd", "roles", List.of("GEMEENTE_MEDEWERKER"));
        metBsnAlsSub.put("sub", bsn);
        assertThat(GebruikerUitAuthenticatie.uitClaims(metBsnAlsSub, ORGANISATIES)).isEmpty();
        assertThat(new GeenBsnAlsSub().validate(jwt(metBsnAlsSub)).hasErrors()).isTrue();
        var metBsnAlsNaam = claims("organisatie", "GM0344", "preferred_username", bsn);
        assertThat(GebruikerUitAuthenticatie.uitClaims(metBsnAlsNaam, ORGANISATIES)).isEmpty();

        var pseudoniem = claims("organisatie", "GM0344", "preferred_username", "jeugd");
        pseudoniem.put("sub", "6f1d2c1e-8c1a-4c55-9b7e-2f1f0c3d4a5b");
        assertThat(GebruikerUitAuthenticatie.uitClaims(pseudoniem, ORGANISATIES)).isPresent();
        assertThat(new GeenBsnAlsSub().validate(jwt(pseudoniem)).hasErrors()).isFalse();
    }

    @Test
    void alleenNegenCijfersDieDeElfproefHalenLijkenOpEenBsn() {
        assertThat(GeenBsnAlsSub.lijktOpBsn("111222334")).as("elfproef fails").isFalse();
        assertThat(GeenBsnAlsSub.lijktOpBsn("000000000")).as("sum 0").isFalse();
        assertThat(GeenBsnAlsSub.lijktOpBsn("11122233")).as("eight digits").isFalse();
        assertThat(GeenBsnAlsSub.lijktOpBsn("1112223330")).as("ten digits").isFalse();
        assertThat(GeenBsnAlsSub.lijktOpBsn("11122233a")).isFalse();
        assertThat(GeenBsnAlsSub.lijktOpBsn("j.jansen")).isFalse();
    }
}
