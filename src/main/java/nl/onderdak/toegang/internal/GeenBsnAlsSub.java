// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token whose {@code sub} or {@code preferred_username} looks like a BSN (nine digits that pass the
 * elfproef). Onderdak needs a pseudonymous, stable id for a user, never a citizen service number: the user's
 * name ends up in the processing log and in every change they make, so an identity provider that puts an
 * employee's BSN there (as DigiD-style set-ups do) would spread a BSN through the database. Such a token is
 * refused, with a log line that says why and never shows the value.
 *
 * <p>A Spring bean of this type is picked up by Spring Boot's JWT decoder for the API (401); the UI login
 * asks {@link #weiger(Map)} (see {@code BeveiligingConfiguratie}). The elfproef is written out here instead of
 * using {@code bewoners.Bsn}: the residents module depends on this one, not the other way round.
 */
final class GeenBsnAlsSub implements OAuth2TokenValidator<Jwt> {

    private static final Logger LOG = LoggerFactory.getLogger(GeenBsnAlsSub.class);

    /** The claims that name the user; none of them may be a BSN. */
    static final java.util.List<String> IDENTITEITSCLAIMS = java.util.List.of("sub", "preferred_username");

    static final String MELDING = "Token geweigerd: claim '%s' lijkt op een BSN (9 cijfers, elfproef). De identity "
            + "provider moet een pseudoniem sturen (docs/security.md). De waarde wordt niet gelogd.";

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        var claim = weiger(token.getClaims());
        if (claim == null) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "De claim " + claim + " lijkt op een BSN; Onderdak accepteert alleen een pseudoniem.", null));
    }

    /** The name of the first identity claim that looks like a BSN (logged, without its value), or null. */
    static @Nullable String weiger(Map<String, Object> claims) {
        for (var naam : IDENTITEITSCLAIMS) {
            if (claims.get(naam) instanceof String waarde && lijktOpBsn(waarde)) {
                LOG.warn(MELDING.formatted(naam));
                return naam;
            }
        }
        return null;
    }

    /** Nine digits where 9·d1 + 8·d2 + … + 2·d8 − d9 is divisible by 11 and not 0. */
    static boolean lijktOpBsn(String waarde) {
        var s = waarde.strip();
        if (s.length() != 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (s.charAt(i) - '0');
        }
        som -= s.charAt(8) - '0';
        return som != 0 && som % 11 == 0;
    }
}
