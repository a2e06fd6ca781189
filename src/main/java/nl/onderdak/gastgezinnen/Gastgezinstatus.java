// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen;

import java.util.Optional;
import java.util.Set;

/**
 * Where a host household stands: registered, being screened, approved (all three steps agreed),
 * rejected (one step refused, with its reason), or withdrawn (the host took its offer back, with its
 * reason). Rejected and withdrawn are final: a host who tries again registers anew, so the funnel keeps
 * counting each offer once.
 */
public enum Gastgezinstatus {
    AANGEMELD("aangemeld"), IN_SCREENING("in_screening"), GOEDGEKEURD("goedgekeurd"), AFGEWEZEN("afgewezen"),
    TERUGGETROKKEN("teruggetrokken");

    private final String code;

    Gastgezinstatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Gastgezinstatus> van(String code) {
        for (var s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The states a screening step or a withdrawal may lead to from here. */
    public Set<Gastgezinstatus> naar() {
        return switch (this) {
            case AANGEMELD, IN_SCREENING -> Set.of(IN_SCREENING, GOEDGEKEURD, AFGEWEZEN, TERUGGETROKKEN);
            // A new step after approval (a renewed VOG, a second home visit) keeps it approved or rejects it.
            case GOEDGEKEURD -> Set.of(GOEDGEKEURD, AFGEWEZEN, TERUGGETROKKEN);
            case AFGEWEZEN, TERUGGETROKKEN -> Set.of();
        };
    }

    /** Whether the host is done with: no screening, no proposal, no match. */
    public boolean isEind() {
        return naar().isEmpty();
    }

    public boolean magNaar(Gastgezinstatus doel) {
        return naar().contains(doel);
    }
}
