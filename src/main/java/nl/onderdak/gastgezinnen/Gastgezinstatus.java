// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen;

import java.util.Optional;
import java.util.Set;

/**
 * Where a host household stands: registered, being screened, approved (all three steps agreed), or
 * rejected (one step refused, with its reason). Rejected is final: a host who tries again registers anew.
 */
public enum Gastgezinstatus {
    AANGEMELD("aangemeld"), IN_SCREENING("in_screening"), GOEDGEKEURD("goedgekeurd"), AFGEWEZEN("afgewezen");

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

    /** The states a screening step may lead to from here. */
    public Set<Gastgezinstatus> naar() {
        return switch (this) {
            case AANGEMELD, IN_SCREENING -> Set.of(IN_SCREENING, GOEDGEKEURD, AFGEWEZEN);
            // A new step after approval (a renewed VOG, a second home visit) keeps it approved or rejects it.
            case GOEDGEKEURD -> Set.of(GOEDGEKEURD, AFGEWEZEN);
            case AFGEWEZEN -> Set.of();
        };
    }

    public boolean magNaar(Gastgezinstatus doel) {
        return naar().contains(doel);
    }
}
