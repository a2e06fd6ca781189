// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The sources the rule tables cite (B1, N4, ...), read from the tables' own README files, so a source
 * added there with a new rate appears on {@code /regels} without a code change. What each rule says
 * comes from the messages ({@code regel.<code>}); the page says so when a source has no text yet.
 */
@Component
class Regelbronnen {

    /** One source: its code (the anchor on /regels), its address and the note the README gives. */
    record Bron(String code, String adres, @Nullable String notitie) {
    }

    static final List<String> BESTANDEN = List.of("referentiedata/regels/README.md", "regels/BRON.md");

    private static final Pattern LIJSTREGEL = Pattern.compile("^- ([A-Z][0-9]+[a-z]?) (https?://\\S+)(?: \\((.+)\\))?\\s*$");
    private static final Pattern TABELREGEL = Pattern.compile("^\\| ([A-Z][0-9]+[a-z]?) \\| (https?://\\S+)(?: \\((.+?)\\))? *\\|\\s*$");

    private final List<Bron> bronnen;

    Regelbronnen() {
        var perCode = new LinkedHashMap<String, Bron>();
        for (var bestand : BESTANDEN) {
            for (var regel : regels(bestand)) {
                for (var patroon : List.of(LIJSTREGEL, TABELREGEL)) {
                    var m = patroon.matcher(regel);
                    if (m.matches()) {
                        perCode.putIfAbsent(m.group(1), new Bron(m.group(1), m.group(2), m.group(3)));
                    }
                }
            }
        }
        var lijst = new ArrayList<>(perCode.values());
        lijst.sort(Comparator.comparing(Bron::code));
        this.bronnen = List.copyOf(lijst);
    }

    List<Bron> alle() {
        return bronnen;
    }

    private static List<String> regels(String pad) {
        var bron = new ClassPathResource(pad);
        if (!bron.exists()) {
            return List.of();
        }
        try (var in = bron.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
