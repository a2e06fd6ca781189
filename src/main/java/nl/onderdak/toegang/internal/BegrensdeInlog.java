// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import java.sql.SQLException;
import java.time.Duration;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Login with a local account (form and HTTP Basic), throttled by {@link Inlogrem}, and telling a
 * database outage apart from a wrong password: the user must never be told the password is wrong
 * when Onderdak simply could not look it up.
 */
class BegrensdeInlog implements AuthenticationProvider {

    /** Too many failed attempts: refused without checking the password. */
    static final class TeVeelPogingen extends AuthenticationException {
        private final transient Duration wachttijd;

        TeVeelPogingen(Duration wachttijd) {
            super("Te veel mislukte pogingen");
            this.wachttijd = wachttijd;
        }

        Duration wachttijd() {
            return wachttijd;
        }

        /** Whole minutes to wait, rounded up (at least 1). */
        long minuten() {
            return Math.max(1, (wachttijd.toSeconds() + 59) / 60);
        }

        /** Whole seconds to wait, rounded up (at least 1), for {@code Retry-After}. */
        long seconden() {
            return Math.max(1, wachttijd.toSeconds() + (wachttijd.toNanosPart() > 0 ? 1 : 0));
        }
    }

    /** The accounts or the throttle could not be read: the database is not reachable. */
    static final class DatabaseNietBereikbaar extends AuthenticationException {
        DatabaseNietBereikbaar(Throwable oorzaak) {
            super("Database niet bereikbaar", oorzaak);
        }
    }

    private final AuthenticationProvider wachtwoorden;
    private final Inlogrem rem;

    BegrensdeInlog(AuthenticationProvider wachtwoorden, Inlogrem rem) {
        this.wachtwoorden = wachtwoorden;
        this.rem = rem;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var naam = authentication.getName();
        var adres = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        Inlogrem.Stand stand;
        try {
            stand = rem.stand(naam, adres);
        } catch (DataAccessException e) {
            throw new DatabaseNietBereikbaar(e);
        }
        if (stand.wachttijd().isPresent()) {
            throw new TeVeelPogingen(stand.wachttijd().get());
        }
        try {
            var resultaat = wachtwoorden.authenticate(authentication);
            if (stand.accountHeeftFouten()) {
                rem.geslaagd(naam);
            }
            return resultaat;
        } catch (BadCredentialsException e) {
            try {
                rem.mislukt(naam, adres);
            } catch (DataAccessException d) {
                throw new DatabaseNietBereikbaar(d);
            }
            throw e;
        } catch (InternalAuthenticationServiceException e) {
            if (doorDatabase(e)) {
                throw new DatabaseNietBereikbaar(e);
            }
            throw e;
        } catch (DataAccessException e) {
            throw new DatabaseNietBereikbaar(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static boolean doorDatabase(Throwable fout) {
        for (var f = fout; f != null; f = f.getCause()) {
            if (f instanceof DataAccessException || f instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
