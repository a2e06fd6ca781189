// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A message about a wrong field comes from the module's message bundle in the user's language
 * ({@code Berichten.tekst("locatie.fout.postcode")}), never from a Dutch sentence in Java: a sentence
 * in the code stays Dutch in English mode, the bug of issue 13. This scan fails on a text literal that
 * reads as a sentence ("Geef de plaats.", "Hoogstens " + max + " tekens.") inside the places that make
 * a field message: {@code new Veld(...)}, {@code OngeldigeInvoer.veld(...)}, the message of
 * {@code Invoer.verplicht}/{@code Invoer.id}/{@code Besluit.leesReden}, a form's
 * {@code fouten.put(...)} or {@code "fouten", Map.of(...)}, and the message of a {@code new Conflict(...)}
 * (409). Field names ("adres.plaats", "leden[")
 * and keys have no spaces and pass.
 */
class ValidatiemeldingBronTest {

    /** Where a field message is made; the scan reads the call's arguments up to its closing parenthesis. */
    private static final Pattern MELDINGPLEK = Pattern.compile("new\\s+(?:OngeldigeInvoer\\.)?Veld\\(|OngeldigeInvoer\\.veld\\("
            + "|(?<![\\w.])verplicht\\(|Invoer\\.verplicht\\(|Invoer\\.id\\(|leesReden\\(|fouten\\.put\\("
            + "|\"fouten\",\\s*(?:java\\.util\\.)?Map\\.of\\(|melding\\(wie,|new\\s+Conflict\\("
            // The row messages of an uploaded file (CBS file, location spreadsheet, bank result file).
            + "|new\\s+Fout\\(|new\\s+Melding\\(|Resultaat\\.fout\\(");
    private static final Pattern TEKST = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A letter next to a space: words of a sentence (or a piece of one), not a field name or a key. */
    private static final Pattern ZIN = Pattern.compile("\\p{L}\\s|\\s\\p{L}");

    @Test
    void eenVeldmeldingKomtUitDeBerichtenNietUitEenNederlandseZinInJava() throws IOException {
        var overtreders = new TreeSet<String>();
        try (Stream<Path> bestanden = Files.walk(Path.of("src/main/java"))) {
            for (var bestand : bestanden.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (var zin : zinnenInMeldingen(Files.readString(bestand))) {
                    overtreders.add(Path.of("src/main/java").relativize(bestand) + ": \"" + zin + "\"");
                }
            }
        }
        assertThat(overtreders).as("Nederlandse zinnen in veldmeldingen; zet ze in messages/<module>.properties en _en").isEmpty();
    }

    @Test
    void deToetsHerkentEenZinInElkeVormVanMelding() {
        assertThat(zinnenInMeldingen("fouten.add(new Veld(\"adres.plaats\", \"Geef de plaats.\"));")).containsExactly("Geef de plaats.");
        assertThat(zinnenInMeldingen("fouten.add(new OngeldigeInvoer.Veld(veld, \"Hoogstens \" + max + \" tekens.\"));"))
                .containsExactly("Hoogstens ", " tekens.");
        assertThat(zinnenInMeldingen("throw OngeldigeInvoer.veld(\"dubbel\", \"Kies een andere bewoner.\");")).hasSize(1);
        assertThat(zinnenInMeldingen("var n = verplicht(in.naam(), \"naam\", \"Geef de naam (hoogstens 200).\", 200, fouten);"))
                .hasSize(1);
        assertThat(zinnenInMeldingen("Invoer.id(t, \"huishouden\", \"Geef het id van het huishouden.\", fouten)")).hasSize(1);
        assertThat(zinnenInMeldingen("fouten.put(\"niveau\", \"Kies gemeente, regio of land.\");")).hasSize(1);
        assertThat(zinnenInMeldingen("fouten.add(new Fout(nr, \"gm_naam\", \"De naam van de gemeente ontbreekt.\"));")).hasSize(1);
        assertThat(zinnenInMeldingen("return Resultaat.fout(\"het bestand is leeg\");")).hasSize(1);
        assertThat(zinnenInMeldingen("throw new Conflict(\"al-verwerkt\", \"Deze betaling is al verwerkt.\");"))
                .containsExactly("Deze betaling is al verwerkt.");
        assertThat(zinnenInMeldingen("model.addAttribute(\"fouten\", java.util.Map.of(\"bestand\", \"Kies een XLSX-bestand.\"));"))
                .hasSize(1);
        assertThat(zinnenInMeldingen("fouten.add(new Veld(\"leden[\" + i + \"].bsn\", Berichten.tekst(\"bewoner.fout.bsn\")));"))
                .as("veldnamen en sleutels zijn geen zinnen").isEmpty();
        assertThat(zinnenInMeldingen("new Veld(naam, Berichten.tekst(\"invoer.teLang\", Weergave.in(Berichten.taal()).getal(max)))"))
                .isEmpty();
    }

    /** The literals that read as a sentence inside the arguments of every place that makes a field message. */
    static List<String> zinnenInMeldingen(String bron) {
        var zinnen = new ArrayList<String>();
        var plek = MELDINGPLEK.matcher(bron);
        while (plek.find()) {
            var tekst = TEKST.matcher(argumenten(bron, plek.end()));
            while (tekst.find()) {
                if (ZIN.matcher(tekst.group(1)).find()) {
                    zinnen.add(tekst.group(1));
                }
            }
        }
        return zinnen;
    }

    /** The text from {@code begin} to the parenthesis that closes the call, skipping those inside strings. */
    private static String argumenten(String bron, int begin) {
        int diepte = 1;
        boolean inTekst = false;
        int i = begin;
        for (; i < bron.length() && diepte > 0; i++) {
            char c = bron.charAt(i);
            if (inTekst) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inTekst = false;
                }
            } else if (c == '"') {
                inTekst = true;
            } else if (c == '(') {
                diepte++;
            } else if (c == ')') {
                diepte--;
            }
        }
        return bron.substring(begin, Math.max(begin, i - 1));
    }
}
