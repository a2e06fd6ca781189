// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import java.util.List;
import nl.onderdak.platform.Opstartfase;
import nl.onderdak.platform.Opstarttaak;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts, all with password {@value #WACHTWOORD}. Only in the {@code demo} profile;
 * production has no local accounts and logs in through OIDC. They are the demo profile's local login, an
 * access concern, so they stay in toegang; start-up phase DEMO, after the organisations they belong to.
 */
@Component
@Profile("demo")
class DemoAccounts implements Opstarttaak {

    static final String WACHTWOORD = "onderdak-demo";

    record Account(String naam, String weergavenaam, String organisatie, List<Rol> rollen) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("utrecht", "Medewerker gemeente Utrecht", "GM0344", List.of(Rol.GEMEENTE_MEDEWERKER)),
            new Account("utrecht-jeugd", "Jeugdconsulent gemeente Utrecht", "GM0344",
                    List.of(Rol.GEMEENTE_MEDEWERKER, Rol.MINDERJARIGEN)),
            new Account("utrecht-financien", "Medewerker financiën gemeente Utrecht", "GM0344", List.of(Rol.GEMEENTE_MEDEWERKER)),
            new Account("amersfoort", "Medewerker gemeente Amersfoort", "GM0307", List.of(Rol.GEMEENTE_MEDEWERKER)),
            new Account("amersfoort-financien", "Medewerker financiën gemeente Amersfoort", "GM0307", List.of(Rol.GEMEENTE_MEDEWERKER)),
            new Account("rotterdam", "Medewerker gemeente Rotterdam", "GM0599", List.of(Rol.GEMEENTE_MEDEWERKER)),
            new Account("regio-utrecht", "Coördinator Veiligheidsregio Utrecht", "VR09", List.of(Rol.REGIO_COORDINATOR)),
            new Account("regio-rotterdam", "Coördinator Veiligheidsregio Rotterdam-Rijnmond", "VR17", List.of(Rol.REGIO_COORDINATOR)),
            new Account("lcvs", "Plaatser LCVS", "LCVS", List.of(Rol.LCVS_PLAATSER)),
            new Account("kcio", "Analist KCIO", "KCIO", List.of(Rol.KCIO_ANALIST)),
            new Account("noo", "Medewerker NOO", "NOO", List.of(Rol.NOO_MEDEWERKER)),
            new Account("jenv", "Beleidsmedewerker JenV", "JENV", List.of(Rol.OPGAVE_VASTSTELLER)),
            new Account("beheer", "Landelijk beheerder", "BEHEER", List.of(Rol.BEHEERDER, Rol.OPGAVE_VASTSTELLER)),
            // Issue 11: a request for a child travelling alone is handled to the end by users with the role.
            new Account("regio-utrecht-jeugd", "Coördinator jeugd Veiligheidsregio Utrecht", "VR09",
                    List.of(Rol.REGIO_COORDINATOR, Rol.MINDERJARIGEN)),
            new Account("lcvs-jeugd", "Plaatser jeugd LCVS", "LCVS", List.of(Rol.LCVS_PLAATSER, Rol.MINDERJARIGEN)),
            new Account("amersfoort-jeugd", "Jeugdconsulent gemeente Amersfoort", "GM0307",
                    List.of(Rol.GEMEENTE_MEDEWERKER, Rol.MINDERJARIGEN)),
            // Issue 15: the national matching organisation for host families; issue 17: a province's regietafel.
            new Account("matcher", "Matcher RefugeeHomeNL", "REFUGEEHOMENL", List.of(Rol.MATCHER)),
            new Account("provincie-utrecht", "Medewerker regietafel provincie Utrecht", "PV26",
                    List.of(Rol.PROVINCIE_REGISSEUR)));

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    DemoAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public Opstartfase fase() {
        return Opstartfase.DEMO;
    }

    @Override
    @Transactional
    public void voerUit() {
        var hash = encoder.encode(WACHTWOORD);
        for (var a : ACCOUNTS) {
            jdbc.sql("""
                    insert into toegang.gebruiker (gebruikersnaam, weergavenaam, wachtwoord_hash, organisatie_code, rollen)
                    values (?, ?, ?, ?, ?::text[]) on conflict do nothing""")
                    .params(a.naam(), a.weergavenaam(), hash, a.organisatie(),
                            "{" + String.join(",", a.rollen().stream().map(Enum::name).toList()) + "}")
                    .update();
        }
    }
}
