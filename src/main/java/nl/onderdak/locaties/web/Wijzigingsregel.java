// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderdak.locaties.Faciliteit;
import nl.onderdak.locaties.internal.Locatiewijziging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * One edit of a location's description as the page shows it: when, by whom, and per changed field its
 * label with before and after in words (facilities by their names, an empty field as "–").
 */
record Wijzigingsregel(Instant op, String door, List<Veld> velden) {

    record Veld(String label, String voor, String na) {
    }

    static List<Wijzigingsregel> groepeer(List<Locatiewijziging> wijzigingen, MessageSourceAccessor berichten) {
        var perWijziging = new LinkedHashMap<UUID, List<Locatiewijziging>>();
        wijzigingen.forEach(w -> perWijziging.computeIfAbsent(w.wijzigingId(), k -> new ArrayList<>()).add(w));
        return perWijziging.values().stream().map(rijen -> new Wijzigingsregel(rijen.getFirst().gewijzigdOp(),
                rijen.getFirst().gewijzigdDoor(), rijen.stream()
                        .map(w -> new Veld(berichten.getMessage("wijziging.veld." + w.veld(), w.veld()),
                                tekst(w.veld(), w.voor(), berichten), tekst(w.veld(), w.na(), berichten)))
                        .toList()))
                .toList();
    }

    private static String tekst(String veld, @Nullable String waarde, MessageSourceAccessor berichten) {
        if (waarde == null) {
            return "–";
        }
        if (!veld.equals("faciliteiten")) {
            return waarde;
        }
        return Arrays.stream(waarde.split(",")).map(code -> Faciliteit.van(code)
                .map(f -> berichten.getMessage("faciliteit." + f.code(), f.code())).orElse(code))
                .collect(Collectors.joining(", "));
    }
}
