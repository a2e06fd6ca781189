// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.herstel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ./onderdak verify-log} with wrong arguments says in plain Dutch what is wrong and how it is used,
 * before any database is opened; never a Java message such as {@code For input string: "abc"}.
 */
class BeheeropdrachtTest {

    private record Uitkomst(int code, String tekst) {
    }

    private static Uitkomst voerUit(String... args) {
        var buffer = new ByteArrayOutputStream();
        var druk = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        // A data folder that does not exist: had the command opened a database, it would say so.
        int code = new Beheeropdracht(Map.of("ONDERDAK_EMBEDDED_POSTGRES_DATA_DIR", "/bestaat/niet"), druk, druk)
                .voerUit(List.of(args));
        return new Uitkomst(code, buffer.toString(StandardCharsets.UTF_8));
    }

    @Test
    void verify_log_met_een_fout_volgnummer_en_een_foute_hash_noemt_beide_en_het_gebruik() {
        var uitkomst = voerUit("verify-log", "abc", "def");

        assertThat(uitkomst.code()).isEqualTo(1);
        assertThat(uitkomst.tekst()).contains("'abc' is geen volgnummer", "'def' is geen hash", "64 tekens 0-9 en a-f",
                        "Gebruik", "./onderdak verify-log [volgnummer hash]")
                .doesNotContain("For input string", "Exception", "Geen database");
    }

    @Test
    void verify_log_met_alleen_een_volgnummer_vraagt_ook_de_hash() {
        var uitkomst = voerUit("verify-log", "123");

        assertThat(uitkomst.code()).isEqualTo(1);
        assertThat(uitkomst.tekst()).contains("ook de hash nodig", "Gebruik");
    }

    @Test
    void verify_log_met_een_te_groot_volgnummer_of_te_veel_waarden_wordt_uitgelegd() {
        assertThat(voerUit("verify-log", "99999999999999999999", "a".repeat(64)).tekst())
                .contains("is geen volgnummer").doesNotContain("is geen hash", "For input string");
        assertThat(voerUit("verify-log", "1", "a".repeat(64), "extra").tekst()).contains("hoogstens twee waarden");
    }

    @Test
    void verify_log_met_goede_waarden_gaat_door_naar_de_database() {
        var uitkomst = voerUit("verify-log", "123456", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");

        assertThat(uitkomst.code()).isEqualTo(1);
        assertThat(uitkomst.tekst()).as("the arguments are right; only the database is missing")
                .contains("Geen database in").doesNotContain("Gebruik");
    }
}
