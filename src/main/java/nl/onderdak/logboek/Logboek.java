// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.logboek;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes and reads the processing log. {@link #leg} must run inside the transaction of the act it
 * records ({@link Propagation#MANDATORY}): if the act rolls back, so does its record, and an act
 * cannot commit without it. The person is stored as a pseudonym (HMAC-SHA256 of their id with a
 * secret key), so the log itself holds no names and no BSN.
 *
 * <p>A transaction's records are collected and appended just before it commits, all in one call of
 * the database function {@code logboek.leg} (V45, ADR 0026), which numbers and hashes them as one set
 * and moves the head of the hash chain once. The head's row lock, which puts all writers in one order,
 * is therefore held only for that statement and the commit, not from the transaction's first record on.
 * Still in the same transaction: a record is written if and only if the act commits. Reads of the log
 * by this class ({@link #inzage}) include the records the current transaction has collected so far.
 */
@Service
public class Logboek {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Logboek.class);

    /** One line of an access request: when and why, not who. */
    public record Inzage(LocalDate datum, String verwerkingsactiviteit, String doel, String handeling, String organisatie) {
    }

    /** The fields one {@link #leg} call gives all its records. */
    private record Handelingregel(Instant tijdstip, String activiteit, String doel, String handeling, String organisatie,
            String gebruiker, String trace) {
    }

    /** One record not yet written: the shared fields and the person's pseudonym. */
    private record Regel(Handelingregel handeling, String betrokkene) {
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

    /**
     * Records one act on the data of each of the persons: collected, and written with the transaction's
     * other records when it commits. Where no transaction synchronisation is active (a transaction
     * manager that does not offer it), or the transaction's collected records were written already (a
     * caller in another synchronisation's {@code beforeCommit} that runs after this one's), the records
     * are written at once, still in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leg(Handeling handeling, String activiteit, String doel, Collection<UUID> personen, Gebruiker gebruiker) {
        if (personen.isEmpty()) {
            return;
        }
        var gedeeld = new Handelingregel(clock.instant(), activiteit, doel, handeling.code(), gebruiker.organisatie().code(),
                gebruiker.gebruikersnaam(), traceId());
        var regels = new ArrayList<Regel>(personen.size());
        for (var persoon : personen) {
            regels.add(new Regel(gedeeld, pseudoniem(persoon)));
        }
        var verzameling = verzameling(true);
        if (verzameling == null || !verzameling.voeg(regels)) {
            schrijf(regels);
        }
    }

    /**
     * The current transaction's collection of records; with {@code maken}, registered when there is none
     * yet. Kept as a transaction synchronisation rather than a bound resource: Spring suspends a
     * transaction's synchronisations with it (an inner REQUIRES_NEW transaction collects its own records),
     * but not resources bound by others.
     */
    private @Nullable Verzameling verzameling(boolean maken) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (var s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Verzameling v && v.logboek == this) {
                return v;
            }
        }
        if (!maken) {
            return null;
        }
        var v = new Verzameling(this);
        TransactionSynchronizationManager.registerSynchronization(v);
        return v;
    }

    /**
     * Appends the records in one statement (V45's {@code logboek.leg}), which takes the chain's head,
     * numbers and hashes the set and moves the head, in the caller's transaction.
     */
    private void schrijf(List<Regel> regels) {
        int n = regels.size();
        // The times as text (ISO-8601, UTC): the driver binds a String[] as text[] for certain.
        var tijdstippen = new String[n];
        var activiteiten = new String[n];
        var doelen = new String[n];
        var handelingen = new String[n];
        var organisaties = new String[n];
        var gebruikers = new String[n];
        var betrokkenen = new String[n];
        var traces = new String[n];
        for (int i = 0; i < n; i++) {
            var r = regels.get(i);
            var h = r.handeling();
            tijdstippen[i] = h.tijdstip().toString();
            activiteiten[i] = h.activiteit();
            doelen[i] = h.doel();
            handelingen[i] = h.handeling();
            organisaties[i] = h.organisatie();
            gebruikers[i] = h.gebruiker();
            betrokkenen[i] = r.betrokkene();
            traces[i] = h.trace();
        }
        jdbc.sql("""
                select logboek.leg(cast(? as timestamptz[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))""")
                .params(tijdstippen, activiteiten, doelen, handelingen, organisaties, gebruikers, betrokkenen, traces)
                .query(Long.class).single();
    }

    /**
     * The records of one transaction, in the order they were recorded, written in {@link #beforeCommit}:
     * only when the transaction commits, and last of the synchronisations, so that work done in other
     * synchronisations' {@code beforeCommit} is logged as well. A failing write rolls the transaction back.
     */
    private static final class Verzameling implements TransactionSynchronization {
        private final Logboek logboek;
        private final List<Regel> regels = new ArrayList<>();
        private boolean geschreven;

        Verzameling(Logboek logboek) {
            this.logboek = logboek;
        }

        /** Adds the records; false when this transaction's records are written already (then the caller writes them). */
        boolean voeg(List<Regel> nieuw) {
            if (geschreven) {
                return false;
            }
            regels.addAll(nieuw);
            return true;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            geschreven = true;
            if (!regels.isEmpty()) {
                logboek.schrijf(regels);
            }
        }

        @Override
        public void afterCompletion(int status) {
            // Only possible when the first record of a transaction was added from another synchronisation's
            // beforeCommit after this one's turn had passed (no code in Onderdak does that): say so loudly.
            if (status == STATUS_COMMITTED && !geschreven && !regels.isEmpty()) {
                LOG.error("Verwerkingslog: {} records van een gecommitte transactie zijn niet geschreven (vastgelegd na beforeCommit)",
                        regels.size());
            }
            regels.clear();
        }
    }

    /**
     * For a person's access request (AVG art. 15): dates, purposes and organisations, not the employees.
     * Includes what the current transaction recorded about the person and has not written yet.
     */
    @Transactional(readOnly = true)
    public List<Inzage> inzage(UUID persoon) {
        var pseudoniem = pseudoniem(persoon);
        var uit = new ArrayList<>(jdbc.sql("""
                select tijdstip, verwerkingsactiviteit, doel, handeling, organisatie_code from logboek.verwerkingslog
                 where betrokkene = ? order by tijdstip, id""")
                .param(pseudoniem)
                .query((rs, i) -> inzage(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list());
        var verzameling = verzameling(false);
        if (verzameling != null) {
            for (var r : verzameling.regels) {
                if (r.betrokkene().equals(pseudoniem)) {
                    var h = r.handeling();
                    uit.add(inzage(h.tijdstip(), h.activiteit(), h.doel(), h.handeling(), h.organisatie()));
                }
            }
        }
        return uit;
    }

    private Inzage inzage(Instant tijdstip, String activiteit, String doel, String handeling, String organisatie) {
        return new Inzage(tijdstip.atZone(clock.getZone()).toLocalDate(), activiteit, doel, handeling, organisatie);
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
