// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The words one kind of request uses for the {@link Besluitstatus}es in its database and its API. The
 * words are a contract (stored rows, JSON values, URLs of filters), so they stay per kind; the code
 * speaks {@link Besluitstatus} and translates only here, at the edge.
 */
public record Besluitwoorden(String ingediend, String goedgekeurd, String afgewezen) {

    /** The words most kinds use: ingediend, goedgekeurd, afgewezen. */
    public static final Besluitwoorden STANDAARD = new Besluitwoorden("ingediend", "goedgekeurd", "afgewezen");

    public String woord(Besluitstatus status) {
        return switch (status) {
            case INGEDIEND -> ingediend;
            case GOEDGEKEURD -> goedgekeurd;
            case AFGEWEZEN -> afgewezen;
        };
    }

    /** The status a word stands for; empty for any other word. */
    public Optional<Besluitstatus> lees(String woord) {
        return Arrays.stream(Besluitstatus.values()).filter(s -> woord(s).equals(woord)).findFirst();
    }

    /** All words, in the order of {@link Besluitstatus}. */
    public List<String> alle() {
        return Arrays.stream(Besluitstatus.values()).map(this::woord).toList();
    }
}
