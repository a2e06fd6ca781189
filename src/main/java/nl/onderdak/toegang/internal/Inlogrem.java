// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Throttles guessing of local passwords: after {@code perAccount} failed logins for one account, or
 * {@code perAdres} from one address, within {@code venster}, further attempts are refused without
 * checking the password until the oldest of those failures leaves the window (a sliding window).
 * Refused attempts are not counted, so a locked account opens again on time even while someone keeps
 * trying. A successful login clears the failures of that account (not of the address: one valid account
 * must not reset the count of an address that is spraying others).
 *
 * <p>The count lives in table {@code mislukte_inlog} so that every instance shares it; names and
 * addresses are stored as SHA-256 hashes. Time comes from the application {@link Clock}. Checks and
 * writes are not serialised: a burst of simultaneous attempts can overshoot the limit by the number
 * of attempts in flight, which stays small next to the cost of each password check.
 */
class Inlogrem {

    /** The limits; see {@code onderdak.inloggen.*} in application.yaml. */
    record Grenzen(int perAccount, int perAdres, Duration venster) {
        Grenzen {
            if (perAccount < 1 || perAdres < 1 || venster.isNegative() || venster.isZero()) {
                throw new IllegalArgumentException("Inloggrenzen moeten positief zijn");
            }
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Grenzen grenzen;

    Inlogrem(JdbcClient jdbc, Clock clock, Grenzen grenzen) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.grenzen = grenzen;
    }

    /**
     * Where an account and address stand now: how long they must still wait, if either is locked, and
     * whether the account has failures that a successful login should clear.
     */
    record Stand(Optional<Duration> wachttijd, boolean accountHeeftFouten) {
    }

    Stand stand(String account, String adres) {
        var nu = clock.instant();
        var sinds = Timestamp.from(nu.minus(grenzen.venster()));
        // The n-th most recent failure in the window (n = the limit): while it is in the window, the limit is reached.
        var grens = jdbc.sql("""
                select (select tijdstip from toegang.mislukte_inlog
                         where soort = 'account' and sleutel = :account and tijdstip > :sinds
                         order by tijdstip desc offset :perAccount - 1 limit 1) as account,
                       (select tijdstip from toegang.mislukte_inlog
                         where soort = 'adres' and sleutel = :adres and tijdstip > :sinds
                         order by tijdstip desc offset :perAdres - 1 limit 1) as adres,
                       exists (select 1 from toegang.mislukte_inlog where soort = 'account' and sleutel = :account) as fouten
                """)
                .param("account", sleutel(normaal(account)))
                .param("adres", sleutel(adres))
                .param("sinds", sinds)
                .param("perAccount", grenzen.perAccount())
                .param("perAdres", grenzen.perAdres())
                .query((rs, i) -> new Rij(later(rs.getTimestamp("account"), rs.getTimestamp("adres")), rs.getBoolean("fouten")))
                .single();
        var open = grens.grens() == null ? null : grens.grens().plus(grenzen.venster());
        var wacht = open != null && open.isAfter(nu) ? Optional.of(Duration.between(nu, open)) : Optional.<Duration>empty();
        return new Stand(wacht, grens.fouten());
    }

    private record Rij(@Nullable Instant grens, boolean fouten) {
    }

    /** Counts a wrong password (or unknown name) for the account and the address. */
    void mislukt(String account, String adres) {
        var nu = clock.instant();
        jdbc.sql("""
                insert into toegang.mislukte_inlog (soort, sleutel, tijdstip)
                values ('account', :account, :nu), ('adres', :adres, :nu)
                """)
                .param("account", sleutel(normaal(account)))
                .param("adres", sleutel(adres))
                .param("nu", Timestamp.from(nu))
                .update();
        // Housekeeping in passing: what left the window is never read again.
        jdbc.sql("delete from toegang.mislukte_inlog where tijdstip <= ?").param(Timestamp.from(nu.minus(grenzen.venster()))).update();
    }

    /** A successful login clears the account's failures. */
    void geslaagd(String account) {
        jdbc.sql("delete from toegang.mislukte_inlog where soort = 'account' and sleutel = ?").param(sleutel(normaal(account))).update();
    }

    private static @Nullable Instant later(@Nullable Timestamp a, @Nullable Timestamp b) {
        if (a == null) {
            return b == null ? null : b.toInstant();
        }
        if (b == null) {
            return a.toInstant();
        }
        return a.after(b) ? a.toInstant() : b.toInstant();
    }

    private static String normaal(@Nullable String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    static String sleutel(@Nullable String waarde) {
        try {
            var hash = MessageDigest.getInstance("SHA-256").digest((waarde == null ? "" : waarde).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
