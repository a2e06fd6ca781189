// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What placement needs to know of a household, and nothing more: per member the age on a day, sex,
 * and needs. No names, no date of birth, no BSN, no documents. The member ids are there only so the
 * caller can write its processing-log record; they are not shown.
 */
public record Samenstelling(UUID huishoudenId, List<Lid> leden) {

    public record Lid(UUID bewonerId, int leeftijd, String geslacht, boolean alleenreizendMinderjarig, boolean medischeZorg,
            boolean toegankelijkheid, @Nullable String taal) {

        /** Under age on the day the ages were taken for: the one rule of {@link Leeftijd}. */
        public boolean minderjarig() {
            return leeftijd < Leeftijd.MEERDERJARIG;
        }
    }

    public List<UUID> bewonerIds() {
        return leden.stream().map(Lid::bewonerId).toList();
    }

    public boolean metAlleenreizendeMinderjarige() {
        return leden.stream().anyMatch(Lid::alleenreizendMinderjarig);
    }
}
