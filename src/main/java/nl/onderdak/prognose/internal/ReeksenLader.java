// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.onderdak.platform.Opstartfase;
import nl.onderdak.platform.Opstarttaak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the published figures shipped in {@code referentiedata/prognose} (copies of the shared data files
 * with their sources, see referentiedata/BRONNEN.md) at start-up, through the same checks as an import.
 * Idempotent: a figure already stored is skipped, so a restart or a second instance adds nothing. Phase
 * REGELS: after the regions it names exist.
 */
@Component
class ReeksenLader implements Opstarttaak {

    private static final Logger log = LoggerFactory.getLogger(ReeksenLader.class);
    static final java.util.List<String> BESTANDEN =
            java.util.List.of("oekraine_opvang_landelijke_cijfers.csv", "oekraine_reeksen_2022-2023.csv");

    private final Reeksen reeksen;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;

    ReeksenLader(Reeksen reeksen, JdbcClient jdbc, TransactionTemplate transactie) {
        this.reeksen = reeksen;
        this.jdbc = jdbc;
        this.transactie = transactie;
    }

    @Override
    public Opstartfase fase() {
        return Opstartfase.REGELS;
    }

    @Override
    public void voerUit() {
        transactie.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('onderdak-prognose-referentie'))").query().singleRow();
            for (var bestand : BESTANDEN) {
                var uitkomst = reeksen.importeer(lees(bestand), "referentie", "systeem");
                log.info("Gepubliceerde cijfers {}: {} regels, {} nieuw", bestand, uitkomst.regels(), uitkomst.nieuw());
            }
        });
    }

    static byte[] lees(String bestand) {
        try (var in = new ClassPathResource("referentiedata/prognose/" + bestand).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
