// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import nl.onderdak.platform.Csv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.onderdak.platform.Opstartfase;
import nl.onderdak.platform.Opstarttaak;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the CBS reference data shipped in {@code referentiedata/cbs} at start-up. Loading is
 * idempotent: provinces and regions are inserted when missing, and a layout that is already present
 * is left alone, so a restart or a second instance changes nothing. Start-up phase REFERENTIEDATA: the
 * first, because organisations and everything after them name gemeenten and regions.
 */
@Component
class ReferentiedataLader implements Opstarttaak {

    private static final Logger log = LoggerFactory.getLogger(ReferentiedataLader.class);
    private static final String MAP = "referentiedata/cbs/";
    private static final String BRON = "CBS via referentiedata/BRONNEN.md";
    private static final List<LocalDate> INDELINGEN =
            List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 24), LocalDate.of(2023, 1, 1));

    private final JdbcClient jdbc;
    private final CbsImport cbsImport;
    private final TransactionTemplate transactie;

    ReferentiedataLader(JdbcClient jdbc, CbsImport cbsImport, TransactionTemplate transactie) {
        this.jdbc = jdbc;
        this.cbsImport = cbsImport;
        this.transactie = transactie;
    }

    @Override
    public Opstartfase fase() {
        return Opstartfase.REFERENTIEDATA;
    }

    @Override
    public void voerUit() {
        transactie.executeWithoutResult(status -> {
            // One loader at a time, also with several instances on one database.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('onderdak-referentiedata'))").query().singleRow();
            laadProvinciesEnRegios();
            for (var indeling : INDELINGEN) {
                var uitkomst = cbsImport.importeer(indeling, lees("gemeenten_" + indeling + ".csv"), BRON, "systeem",
                        CbsBestand.OntbrekendCijfer.ONBEKEND);
                if (uitkomst.gelukt()) {
                    log.info("Indeling {} geladen: {} gemeenten", indeling, uitkomst.aantalGemeenten());
                } else if (uitkomst.fouten().getFirst().regel() != 0) {
                    throw new IllegalStateException("Meegeleverd CBS-bestand is ongeldig: " + uitkomst.fouten());
                }
            }
            laadMiddelpunten();
        });
    }

    /** Centres of the gemeenten, newest boundaries first, so a code keeps the centre of its newest shape. */
    private void laadMiddelpunten() {
        if (jdbc.sql("select exists (select 1 from gebieden.gemeente_middelpunt)").query(Boolean.class).single()) {
            return;
        }
        for (var indeling : INDELINGEN.reversed()) {
            var bestand = "referentiedata/geo/gemeenten_" + indeling + ".geojson";
            Middelpunten.leesBron(bestand).forEach((code, punt) -> jdbc.sql("""
                    insert into gebieden.gemeente_middelpunt (gemeente_code, breedtegraad, lengtegraad, bron) values (?, ?, ?, ?)
                    on conflict do nothing""").params(code, punt.breedtegraad(), punt.lengtegraad(), "CBS-grenzen " + indeling).update());
        }
    }

    private void laadProvinciesEnRegios() {
        var provincies = Csv.lees(Csv.alsTekst(lees("provincies.csv")).orElseThrow());
        for (var regel : provincies.subList(1, provincies.size())) {
            jdbc.sql("insert into gebieden.provincie (code, naam) values (?, ?) on conflict do nothing")
                    .params(regel.velden().get(0), regel.velden().get(1)).update();
        }
        var regios = Csv.lees(Csv.alsTekst(lees("veiligheidsregios.csv")).orElseThrow());
        for (var regel : regios.subList(1, regios.size())) {
            jdbc.sql("insert into gebieden.veiligheidsregio (code, naam, provincie_code) values (?, ?, ?) on conflict do nothing")
                    .params(regel.velden().get(0), regel.velden().get(1), regel.velden().get(2)).update();
        }
    }

    private static byte[] lees(String bestand) {
        try (var in = new ClassPathResource(MAP + bestand).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
