// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page texts live in one file per module (messages/&lt;module&gt;.properties, Dutch) with its English
 * twin (&lt;module&gt;_en.properties). Dutch is the default and English a complete switch, so both files of
 * a module hold exactly the same keys, no key is defined by two modules, no text is empty, and every
 * literal key a template (outside HTML comments) or Java code names exists in both languages: keys
 * given to a MessageSource ({@code getMessage("...")}), to {@link Berichten}, and the menu's entries
 * ({@code new Ingang("menu....")}).
 */
class BerichtenTest {

    private static final Path MAP = Path.of("src/main/resources/messages");
    private static final Pattern SLEUTEL_IN_SJABLOON = Pattern.compile("#\\{([A-Za-z0-9_.]+)[(}]");
    private static final Pattern COMMENTAAR = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** A literal key handed to a MessageSource, to Berichten, or as a menu entry's key. */
    private static final Pattern SLEUTEL_IN_JAVA = Pattern.compile(
            "(?:getMessage\\(|Berichten\\.tekst\\(|Berichten\\.in\\([^,()]+,\\s*|new Ingang\\()\\s*\"([A-Za-z0-9_.]+)\"");
    /**
     * A key chosen in the call itself, {@code Berichten.tekst(datum ? "bewoner.fout.tekstMetDatum" : "bewoner.fout.tekst")}:
     * both literals after the condition are keys.
     */
    private static final Pattern SLEUTELKEUZE_IN_JAVA = Pattern.compile(
            "Berichten\\.tekst\\((?:[^;\"]|\"[^\"]*\")*?\\?\\s*\"([A-Za-z0-9_.]+)\"\\s*:\\s*\"([A-Za-z0-9_.]+)\"");

    @Test
    void elkeModuleHeeftDezelfdeSleutelsInHetNederlandsEnHetEngels() throws IOException {
        for (var module : modules()) {
            var nl = lees(MAP.resolve(module + ".properties"));
            var en = lees(MAP.resolve(module + "_en.properties"));
            assertThat(en.stringPropertyNames()).as("Engelse sleutels van " + module)
                    .containsExactlyInAnyOrderElementsOf(nl.stringPropertyNames());
            for (var taal : new Properties[] {nl, en}) {
                taal.forEach((sleutel, tekst) -> assertThat(tekst.toString()).as(module + ": " + sleutel).isNotBlank());
            }
        }
    }

    @Test
    void geenSleutelStaatInTweeModules() throws IOException {
        var eigenaar = new HashMap<String, String>();
        var dubbel = new TreeSet<String>();
        for (var module : modules()) {
            for (var sleutel : lees(MAP.resolve(module + ".properties")).stringPropertyNames()) {
                var eerder = eigenaar.putIfAbsent(sleutel, module);
                if (eerder != null) {
                    dubbel.add(sleutel + " (" + eerder + ", " + module + ")");
                }
            }
        }
        assertThat(dubbel).isEmpty();
    }

    @Test
    void elkeSleutelDieEenSjabloonNoemtBestaat() throws IOException {
        var bekend = new TreeSet<String>();
        for (var module : modules()) {
            bekend.addAll(lees(MAP.resolve(module + ".properties")).stringPropertyNames());
        }
        var ontbrekend = new TreeSet<String>();
        try (Stream<Path> sjablonen = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var sjabloon : sjablonen.filter(p -> p.toString().endsWith(".html")).toList()) {
                var sleutel = SLEUTEL_IN_SJABLOON.matcher(COMMENTAAR.matcher(Files.readString(sjabloon)).replaceAll(""));
                while (sleutel.find()) {
                    if (!bekend.contains(sleutel.group(1))) {
                        ontbrekend.add(sleutel.group(1) + " in " + sjabloon.getFileName());
                    }
                }
            }
        }
        assertThat(ontbrekend).isEmpty();
    }

    @Test
    void elkeSleutelDieJavaCodeNoemtBestaatInBeideTalen() throws IOException {
        var nederlands = new TreeSet<String>();
        var engels = new TreeSet<String>();
        for (var module : modules()) {
            nederlands.addAll(lees(MAP.resolve(module + ".properties")).stringPropertyNames());
            engels.addAll(lees(MAP.resolve(module + "_en.properties")).stringPropertyNames());
        }
        var gevonden = new TreeSet<String>();
        var ontbrekend = new TreeSet<String>();
        try (Stream<Path> bronnen = Files.walk(Path.of("src/main/java"))) {
            for (var bron : bronnen.filter(p -> p.toString().endsWith(".java")).toList()) {
                var tekst = Files.readString(bron);
                var sleutels = new ArrayList<String>();
                var sleutel = SLEUTEL_IN_JAVA.matcher(tekst);
                while (sleutel.find()) {
                    sleutels.add(sleutel.group(1));
                }
                var keuze = SLEUTELKEUZE_IN_JAVA.matcher(tekst);
                while (keuze.find()) {
                    sleutels.add(keuze.group(1));
                    sleutels.add(keuze.group(2));
                }
                for (var s : sleutels) {
                    if (s.endsWith(".")) {
                        // A prefix completed at run time ("soort." + code): the keys it makes are checked where the
                        // code values are known (the templates and the module's own tests), not here.
                        continue;
                    }
                    gevonden.add(s);
                    if (!nederlands.contains(s)) {
                        ontbrekend.add(s + " (Nederlands) in " + bron.getFileName());
                    }
                    if (!engels.contains(s)) {
                        ontbrekend.add(s + " (Engels) in " + bron.getFileName());
                    }
                }
            }
        }
        assertThat(gevonden).as("de toets vindt sleutels in de Java-code").contains("invoer.geenBedrag", "menu.declaraties",
                "locatie.fout.postcode", "bewoner.fout.tekstMetDatum", "bewoner.fout.tekst");
        assertThat(ontbrekend).isEmpty();
    }

    @Test
    void eenTekstMetEenWaardeSchrijftEenApostrofDubbel() throws IOException {
        // MessageFormat eats a single quote in a text that takes a value ({0}): "''{0}'' is geen datum" shows 'x'.
        var fout = new TreeSet<String>();
        for (var module : modules()) {
            for (var taal : new String[] {module + ".properties", module + "_en.properties"}) {
                lees(MAP.resolve(taal)).forEach((sleutel, tekst) -> {
                    var t = tekst.toString();
                    if (t.matches("(?s).*\\{\\d+[,}].*") && t.replace("''", "").contains("'")) {
                        fout.add(taal + ": " + sleutel);
                    }
                });
            }
        }
        assertThat(fout).isEmpty();
    }

    @Test
    void eenTekstZonderWaardeSchrijftEenApostrofEnkel() throws IOException {
        // Without a value Spring shows the text as written (no MessageFormat): "Pagina''s" would show both quotes.
        var fout = new TreeSet<String>();
        for (var module : modules()) {
            for (var taal : new String[] {module + ".properties", module + "_en.properties"}) {
                lees(MAP.resolve(taal)).forEach((sleutel, tekst) -> {
                    var t = tekst.toString();
                    if (!t.matches("(?s).*\\{\\d+[,}].*") && t.contains("''")) {
                        fout.add(taal + ": " + sleutel);
                    }
                });
            }
        }
        assertThat(fout).isEmpty();
    }

    @Test
    void deConfiguratieLaadtElkBerichtenbestand() throws IOException {
        var configuratie = Files.readString(Path.of("src/main/resources/application.yaml"));
        for (var module : modules()) {
            assertThat(configuratie).as("basename van " + module).contains("messages/" + module);
        }
    }

    private static Set<String> modules() throws IOException {
        try (Stream<Path> bestanden = Files.list(MAP)) {
            var modules = new TreeSet<String>();
            bestanden.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .forEach(n -> modules.add(n.substring(0, n.length() - ".properties".length())));
            assertThat(modules).isNotEmpty();
            return modules;
        }
    }

    private static Properties lees(Path bestand) throws IOException {
        var eigenschappen = new Properties();
        try (Reader lezer = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            eigenschappen.load(lezer);
        }
        return eigenschappen;
    }
}
