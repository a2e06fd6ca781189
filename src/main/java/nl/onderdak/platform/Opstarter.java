// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Runs every module's {@link Opstarttaak} phase by phase; a failing task stops the start-up. */
@Component
class Opstarter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Opstarter.class);
    private final List<Opstarttaak> taken;

    Opstarter(List<Opstarttaak> taken) {
        this.taken = taken;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        // Within a phase the order is irrelevant by contract; sorting by name only makes logs comparable.
        var volgorde = taken.stream()
                .sorted(Comparator.comparing(Opstarttaak::fase).thenComparing(t -> t.getClass().getName()))
                .toList();
        for (var taak : volgorde) {
            log.debug("Opstartfase {}: {}", taak.fase(), taak.getClass().getSimpleName());
            taak.voerUit();
        }
    }
}
