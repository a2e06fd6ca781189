// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.logboek;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.onderdak.toegang.Gebruiker;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the processing log. {@link #leg} must run inside the transaction of the act it
 * records ({@link Propagation#MANDATORY}): if the act rolls back, so does its record, and an act
 * cannot commit without it. The person is stored as a pseudonym (HMAC-SHA256 of their id with a
 * secret key), so the log itself holds no names and no BSN.
 */
@Service
public class Logboek {

    /** One line of an access request: when and why, not who. */
    public record Inzage(LocalDate datum, String verwerkingsactiviteit, String doel, String handeling, String organisatie) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecretKeySpec sleutel;
    private final ThreadLocal<Mac> hmac;

    Logboek(JdbcClient jdbc, Clock clock, @Value("${onderdak.logboek.sleutel}") String sleutel) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sleutel = new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        var sleutelSpec = this.sleutel;
        // One initialised HMAC per thread: an act on tens of thousands of persons needs as many pseudonyms.
        this.hmac = ThreadLocal.withInitial(() -> {
            try {
                var mac = Mac.getInstance("HmacSHA256");
                mac.init(sleutelSpec);
                return mac;
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Records one act on the data of each of the persons. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leg(Handeling handeling, String activiteit, String doel, Collection<UUID> personen, Gebruiker gebruiker) {
        if (personen.isEmpty()) {
            return;
        }
        var nu = Timestamp.from(clock.instant());
        var trace = traceId();
        // One statement for all persons: a payment run logs tens of thousands at once.
        var pseudoniemen = personen.stream().map(this::pseudoniem).toArray(String[]::new);
        jdbc.sql("""
                insert into logboek.verwerkingslog (tijdstip, verwerkingsactiviteit, doel, handeling, organisatie_code, gebruiker,
                    betrokkene, trace_id)
                select ?, ?, ?, ?, ?, ?, p, ? from unnest(cast(? as text[])) as p""")
                .params(nu, activiteit, doel, handeling.code(), gebruiker.organisatie().code(), gebruiker.gebruikersnaam(), trace,
                        pseudoniemen)
                .update();
    }

    /** For a person's access request (AVG art. 15): dates, purposes and organisations, not the employees. */
    @Transactional(readOnly = true)
    public List<Inzage> inzage(UUID persoon) {
        return jdbc.sql("""
                select tijdstip, verwerkingsactiviteit, doel, handeling, organisatie_code from logboek.verwerkingslog
                 where betrokkene = ? order by tijdstip, id""")
                .param(pseudoniem(persoon))
                .query((rs, i) -> new Inzage(rs.getTimestamp(1).toInstant().atZone(clock.getZone()).toLocalDate(),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    String pseudoniem(UUID persoon) {
        var mac = hmac.get();
        return HexFormat.of().formatHex(mac.doFinal(persoon.toString().getBytes(StandardCharsets.US_ASCII)));
    }


    private static String traceId() {
        var mdc = MDC.get("traceId");
        return mdc != null ? mdc : UUID.randomUUID().toString().replace("-", "");
    }
}
