// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import nl.onderdak.gastgezinnen.internal.Aanmeldingen;
import nl.onderdak.gastgezinnen.internal.Gastgezinregister.GastgezinInvoer;
import nl.onderdak.werkvoorraad.ProefWerkbronnen;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public host form's code mail through a real SMTP server (the werkvoorraad tests' GreenMail, the
 * same context): it leaves only once the entry is committed, never for an entry that rolled back, and a
 * mail that cannot be sent leaves the entry and is logged without the address.
 */
@Import(ProefWerkbronnen.class)
@TestPropertySource(properties = {ProefWerkbronnen.MAIL_AAN, ProefWerkbronnen.NOOIT_VANZELF, ProefWerkbronnen.ADRES})
class AanmeldmailTest extends IntegratieTest {

    @Autowired
    Aanmeldingen aanmeldingen;
    @Autowired
    GreenMail greenMail;
    @Autowired
    PlatformTransactionManager transacties;
    @Autowired
    JdbcClient jdbc;

    private static GastgezinInvoer invoer(String email) {
        return new GastgezinInvoer("Familie Mailtoets", email, "030 111 22 33", "Domplein", "1", "3512 JE", "Utrecht", "GM0344", "2", "1",
                LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(), null, false, false, false, List.of("nl"));
    }

    private static String uniek() {
        return "aanmelding" + System.nanoTime() + "@voorbeeld.nl";
    }

    private static String afzender() {
        return "198.51.100." + System.nanoTime();
    }

    private List<jakarta.mail.internet.MimeMessage> aan(String adres) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(adres));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private boolean bestaat(UUID id) {
        return jdbc.sql("select count(*) from gastgezinnen.aanmelding where id = ?").param(id).query(Integer.class).single() == 1;
    }

    @Test
    void de_code_gaat_pas_na_de_commit_de_deur_uit() {
        var adres = uniek();
        var id = new TransactionTemplate(transacties).execute(s -> {
            var nieuw = aanmeldingen.meldAan(invoer(adres), afzender(), Locale.forLanguageTag("nl"));
            // Still in the transaction: the entry may yet roll back, so no code has gone out.
            assertThat(aan(adres)).isEmpty();
            return nieuw;
        });
        var mails = aan(adres);
        assertThat(mails).hasSize(1);
        var code = jdbc.sql("select code from gastgezinnen.aanmelding where id = ?").param(id).query(String.class).single();
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains(code);
    }

    @Test
    void een_aanmelding_die_terugrolt_stuurt_geen_mail() {
        var adres = uniek();
        var id = new TransactionTemplate(transacties).execute(s -> {
            var nieuw = aanmeldingen.meldAan(invoer(adres), afzender(), Locale.forLanguageTag("nl"));
            s.setRollbackOnly();
            return nieuw;
        });
        assertThat(bestaat(id)).isFalse();
        assertThat(aan(adres)).isEmpty();
    }

    @Test
    void een_mail_die_niet_verstuurd_kan_worden_laat_de_aanmelding_staan_en_logt_geen_adres() {
        // meldAan answers normally here (the form page then redirects to the code page, no 500): outside a
        // transaction of the caller, its own commit and the failed send both happen within this call.
        // Passes the form's check, but the mail library cannot parse it as a recipient: sending fails after the commit.
        var adres = "<kapot" + System.nanoTime() + "@voorbeeld.nl";
        var logger = (Logger) LoggerFactory.getLogger(Aanmeldingen.class);
        var log = new ListAppender<ILoggingEvent>();
        log.start();
        logger.addAppender(log);
        try {
            var id = aanmeldingen.meldAan(invoer(adres), afzender(), Locale.forLanguageTag("nl"));
            assertThat(bestaat(id)).isTrue();
            assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(id.toString(), "niet verstuurd"));
            assertThat(log.list).allSatisfy(e -> {
                assertThat(e.getFormattedMessage()).doesNotContain("kapot");
                assertThat(e.getThrowableProxy()).isNull();
            });
        } finally {
            logger.detachAppender(log);
        }
    }
}
