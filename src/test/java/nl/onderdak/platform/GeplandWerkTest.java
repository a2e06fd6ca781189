// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Scheduled work runs once across instances (ADR 0017): every @Scheduled method holds a ShedLock lock. */
class GeplandWerkTest {

    @Test
    void elkGeplandWerkHeeftEenSlotOverDeInstantiesHeen() throws IOException {
        // Every class of the application, read as bytecode: also beans that are off by default (the mail).
        var bronnen = new PathMatchingResourcePatternResolver();
        var lezer = new CachingMetadataReaderFactory(bronnen);
        var gepland = new ArrayList<String>();
        var zonderSlot = new ArrayList<String>();
        for (var klasse : bronnen.getResources("classpath*:nl/onderdak/**/*.class")) {
            if (klasse.getURL().toString().contains("test-classes")) {
                continue;
            }
            var metadata = lezer.getMetadataReader(klasse).getAnnotationMetadata();
            for (var methode : metadata.getAnnotatedMethods(Scheduled.class.getName())) {
                var naam = metadata.getClassName().substring(metadata.getClassName().lastIndexOf('.') + 1) + "."
                        + methode.getMethodName();
                gepland.add(naam);
                if (!methode.isAnnotated(SchedulerLock.class.getName())) {
                    zonderSlot.add(naam);
                }
            }
        }
        assertThat(gepland).as("the scheduled jobs this test knows of").contains("WerkMelder.geplandeRonde",
                "Achtergrondtaken.ruimOp");
        assertThat(zonderSlot).as("@Scheduled without @SchedulerLock: every instance would run it").isEmpty();
    }
}
