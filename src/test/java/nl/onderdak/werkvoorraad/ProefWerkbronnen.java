// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.onderdak.toegang.Gebruiker;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * For the werkvoorraad tests: a Werkbron whose work the test sets per organisation, one that fails on
 * demand, and a real SMTP server (GreenMail, on a free port) that the application's mail sender uses.
 * The other modules' own Werkbron beans run beside these, so the tests look only at their own items.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProefWerkbronnen {

    /** The properties every werkvoorraad test context sets: mail on, and the scheduled run never during a test. */
    public static final String MAIL_AAN = "onderdak.werkvoorraad.mail.aan=true";
    public static final String NOOIT_VANZELF = "onderdak.werkvoorraad.mail.eerste-keer-na=PT240H";
    public static final String ADRES = "onderdak.werkvoorraad.mail.adres=https://onderdak.example.nl";

    /** Work per organisation code, as a module's Werkbron would list it for a user of that organisation. */
    public static class ProefWerkbron implements Werkbron {

        private final Map<String, List<Werk>> perOrganisatie = new ConcurrentHashMap<>();

        public void zet(String organisatie, Werk... werk) {
            perOrganisatie.computeIfAbsent(organisatie, o -> new CopyOnWriteArrayList<>()).addAll(List.of(werk));
        }

        public void leeg() {
            perOrganisatie.clear();
        }

        /** Per kind the count and the oldest, as a module does; the whole list lives where the kind's first item links. */
        @Override
        public List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort) {
            var werk = List.copyOf(perOrganisatie.getOrDefault(gebruiker.organisatie().code(), List.of()));
            return Werkstapel.uit(werk, perSoort, soort -> werk.stream().filter(w -> w.soort().equals(soort)).findFirst()
                    .map(w -> w.link().replaceAll("[?].*$", "")).orElse("/"));
        }
    }

    /** A module whose source breaks (its database view gone, a bug) while it is switched on. */
    public static class StoringsWerkbron implements Werkbron {

        public volatile boolean kapot;

        @Override
        public List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort) {
            if (kapot) {
                throw new IllegalStateException("proefstoring");
            }
            return List.of();
        }
    }

    @Bean
    ProefWerkbron proefWerkbron() {
        return new ProefWerkbron();
    }

    @Bean
    StoringsWerkbron storingsWerkbron() {
        return new StoringsWerkbron();
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    }

    @Bean
    JavaMailSender javaMailSender(GreenMail greenMail) {
        var zender = new JavaMailSenderImpl();
        zender.setHost("127.0.0.1");
        // The port is known once the server runs: GreenMail picks a free one.
        zender.setPort(greenMail.getSmtp().getPort());
        zender.setDefaultEncoding("UTF-8");
        return zender;
    }
}
