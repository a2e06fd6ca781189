// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import java.util.Optional;
import java.util.Set;

/**
 * The part of the country whose data a user may see, derived from their organisation: a gemeente
 * sees itself, a safety region its gemeenten, a national body everything, anyone else nothing.
 * Every module that holds data per gemeente filters with this, so the rule lives in one place.
 */
public sealed interface Scope {

    /** Whether data that belongs to this gemeente is inside the scope. */
    boolean omvat(String gemeenteCode);

    /** The gemeenten in scope, or empty when the scope is the whole country. */
    Optional<Set<String>> gemeenten();

    default boolean landelijk() {
        return gemeenten().isEmpty();
    }

    record Gemeente(String gemeenteCode) implements Scope {
        public boolean omvat(String code) {
            return gemeenteCode.equals(code);
        }

        public Optional<Set<String>> gemeenten() {
            return Optional.of(Set.of(gemeenteCode));
        }
    }

    record Regio(String veiligheidsregioCode, Set<String> gemeentecodes) implements Scope {
        public Regio {
            gemeentecodes = Set.copyOf(gemeentecodes);
        }

        public boolean omvat(String code) {
            return gemeentecodes.contains(code);
        }

        public Optional<Set<String>> gemeenten() {
            return Optional.of(gemeentecodes);
        }
    }

    record Landelijk() implements Scope {
        public boolean omvat(String code) {
            return true;
        }

        public Optional<Set<String>> gemeenten() {
            return Optional.empty();
        }
    }

    record Geen() implements Scope {
        public boolean omvat(String code) {
            return false;
        }

        public Optional<Set<String>> gemeenten() {
            return Optional.of(Set.of());
        }
    }
}
