// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Local accounts from the {@code gebruiker} table (demo profile). */
class LokaleGebruikers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Organisaties organisaties;

    LokaleGebruikers(JdbcClient jdbc, Organisaties organisaties) {
        this.jdbc = jdbc;
        this.organisaties = organisaties;
    }

    @Override
    public UserDetails loadUserByUsername(String naam) {
        // Read the row first and close the connection before looking up the organisation: a lookup inside
        // the row mapper would hold one pool connection while waiting for a second (pool deadlock under load).
        record Rij(String naam, String weergave, String organisatie, java.util.Set<Rol> rollen, String hash) {
        }
        var rij = jdbc.sql("select * from toegang.gebruiker where gebruikersnaam = ? and actief")
                .param(naam)
                .query((rs, i) -> new Rij(rs.getString("gebruikersnaam"), rs.getString("weergavenaam"),
                        rs.getString("organisatie_code"), Arrays.stream((String[]) rs.getArray("rollen").getArray())
                                .map(Rol::valueOf).collect(Collectors.toSet()), rs.getString("wachtwoord_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("onbekende gebruiker"));
        var org = organisaties.vind(rij.organisatie()).orElseThrow(() -> new UsernameNotFoundException("onbekende organisatie"));
        return new Account(new Gebruiker(rij.naam(), rij.weergave(), org, rij.rollen()), rij.hash());
    }

    /** A local account as Spring Security sees it, carrying our {@link Gebruiker}. */
    record Account(Gebruiker gebruiker, String wachtwoordHash) implements UserDetails {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return autoriteiten(gebruiker.rollen());
        }

        @Override
        public String getPassword() {
            return wachtwoordHash;
        }

        @Override
        public String getUsername() {
            return gebruiker.gebruikersnaam();
        }
    }

    static List<GrantedAuthority> autoriteiten(Set<Rol> rollen) {
        return rollen.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }
}
