// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import nl.onderdak.gastgezinnen.internal.Gastgezinregister.GastgezinInvoer;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public host form: no login. An entry is checked like the matching organisation's, kept with a
 * six-digit code sent by e-mail after the entry is committed (Spring's JavaMailSender, as the work-list
 * mail; a failed send leaves the entry and is logged without the address), and becomes a host
 * only when the code is entered within {@link #GELDIG}. Abuse is limited per sender address (a hash,
 * the address itself is not kept): at most {@link #PER_UUR} entries an hour, and at most
 * {@link #POGINGEN} code attempts per entry.
 */
@Service
public class Aanmeldingen {

    private static final Logger LOG = LoggerFactory.getLogger(Aanmeldingen.class);
    public static final int PER_UUR = 5;
    public static final int POGINGEN = 5;
    public static final Duration GELDIG = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Gastgezinregister register;
    private final ObjectProvider<JavaMailSender> mail;
    private final Environment env;
    private final Clock clock;

    Aanmeldingen(JdbcClient jdbc, Gastgezinregister register, ObjectProvider<JavaMailSender> mail, Environment env, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.mail = mail;
        this.env = env;
        this.clock = clock;
    }

    static String hash(String adres) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(adres.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the form, keeps it and mails the code; the entry's id for the confirmation page. */
    @Transactional
    public UUID meldAan(GastgezinInvoer in, String afzenderAdres, Locale taal) {
        var afzender = hash(afzenderAdres);
        var nu = clock.instant();
        // Serialise entries per sender, so the count below holds with concurrent posts.
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(?))) x").param("gastgezin-aanmelding:" + afzender)
                .query(Integer.class).single();
        int recent = jdbc.sql("select count(*) from gastgezinnen.aanmelding where afzender = ? and aangemaakt_op > ?")
                .params(afzender, Timestamp.from(nu.minus(Duration.ofHours(1)))).query(Integer.class).single();
        if (recent >= PER_UUR) {
            throw new Conflict("te-vaak", Berichten.tekst("gastgezin.fout.teVaak"));
        }
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        register.valideer(in, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var id = UUID.randomUUID();
        var code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        jdbc.sql("""
                insert into gastgezinnen.aanmelding (id, code, gegevens, aangemaakt_op, afzender) values (?, ?, cast(? as jsonb), ?, ?)""")
                .params(id, code, JSON.writeValueAsString(in), Timestamp.from(nu), afzender).update();
        // The code goes out only once the entry is committed: a mail for an entry that rolled back would
        // carry a code nobody can confirm. Sending after the commit cannot undo the entry, so a failure is
        // logged (never the address) and the sender sees the confirmation page, not an error.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                stuurCode(id, in.email(), code, taal);
            }
        });
        return id;
    }

    /** Mails the code of a committed entry; never throws, and logs no personal data. */
    void stuurCode(UUID id, @Nullable String adres, String code, Locale taal) {
        var verzender = mail.getIfAvailable();
        if (verzender == null) {
            if (env.acceptsProfiles(Profiles.of("demo"))) {
                // Demo without a mail server: the code appears in the log so the route can be shown.
                LOG.info("Geen mailserver ingesteld; code voor aanmelding {}: {}", id, code);
            } else {
                LOG.warn("Geen mailserver ingesteld: de code voor aanmelding {} is niet verstuurd", id);
            }
            return;
        }
        try {
            var bericht = new SimpleMailMessage();
            bericht.setTo(adres);
            bericht.setFrom(env.getProperty("onderdak.werkvoorraad.mail.afzender", "noreply@onderdak.example"));
            bericht.setSubject(Berichten.in(taal, "aanmelden.mailOnderwerp"));
            bericht.setText(Berichten.in(taal, "aanmelden.mailTekst", code));
            verzender.send(bericht);
        } catch (RuntimeException e) {
            // Only the kind of failure: a mail exception's message and cause name the recipient's address.
            LOG.warn("De code voor aanmelding {} is niet verstuurd ({})", id, e.getClass().getSimpleName());
        }
    }

    /** Confirms an entry with its code: the host is registered (status registered, source form). */
    @Transactional(noRollbackFor = OngeldigeInvoer.class)
    public UUID bevestig(UUID id, String code) {
        var rij = jdbc.sql("""
                select code, cast(gegevens as text), aangemaakt_op, bevestigd_op, pogingen from gastgezinnen.aanmelding where id = ? for update""")
                .param(id).query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4),
                        rs.getInt(5)})
                .optional().orElseThrow(() -> new NietGevonden("Aanmelding"));
        boolean verlopen = ((java.time.Instant) rij[2]).plus(GELDIG).isBefore(clock.instant()) || (int) rij[4] >= POGINGEN || rij[3] != null;
        if (verlopen || code == null || !MessageDigest.isEqual(((String) rij[0]).getBytes(StandardCharsets.UTF_8),
                code.strip().getBytes(StandardCharsets.UTF_8))) {
            jdbc.sql("update gastgezinnen.aanmelding set pogingen = pogingen + 1 where id = ?").param(id).update();
            throw OngeldigeInvoer.veld("code", Berichten.tekst("gastgezin.fout.code"));
        }
        var in = JSON.readValue((String) rij[1], GastgezinInvoer.class);
        jdbc.sql("update gastgezinnen.aanmelding set bevestigd_op = ? where id = ?").params(Timestamp.from(clock.instant()), id).update();
        return register.bewaar(in, "formulier", "formulier");
    }
}
