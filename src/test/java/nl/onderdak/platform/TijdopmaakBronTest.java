// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One way to show a moment: {@link Weergave} (ADR 0016). A source file that formats with a
 * {@code DateTimeFormatter} and also handles moments ({@code OffsetDateTime}, {@code Instant},
 * {@code ZonedDateTime}) must convert them to Dutch time through {@code Weergave} or
 * {@code TIJDZONE}; otherwise it prints whatever zone the value came in (UTC from JDBC), the bug
 * of "21:44" on one page and "22:44" on the next.
 */
class TijdopmaakBronTest {

    private static final Pattern OPMAAK = Pattern.compile("DateTimeFormatter|\\.format\\(|ISO_OFFSET_DATE_TIME|ISO_INSTANT");
    private static final Pattern MOMENT = Pattern.compile("\\b(OffsetDateTime|Instant|ZonedDateTime)\\b");
    private static final Pattern NEDERLANDSE_TIJD = Pattern.compile("Weergave|TIJDZONE|Europe/Amsterdam");
    /** Files that format only dates and months, or write a moment as an ISO instant with its offset on purpose. */
    private static final Set<String> UITGEZONDERD = Set.of("Weergave.java", "WeergaveDialect.java");

    @Test
    void wieEenMomentOpmaaktGebruiktWeergaveOfDeNederlandseTijdzone() throws IOException {
        var overtreders = new TreeSet<String>();
        try (Stream<Path> bestanden = Files.walk(Path.of("src/main/java"))) {
            for (var bestand : bestanden.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (UITGEZONDERD.contains(bestand.getFileName().toString())) {
                    continue;
                }
                var bron = Files.readString(bestand);
                if (bron.contains("DateTimeFormatter") && MOMENT.matcher(bron).find() && OPMAAK.matcher(bron).find()
                        && !NEDERLANDSE_TIJD.matcher(bron).find()) {
                    overtreders.add(Path.of("src/main/java").relativize(bestand).toString());
                }
            }
        }
        assertThat(overtreders).as("bestanden die een moment opmaken zonder Weergave of TIJDZONE").isEmpty();
    }
}
