// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.logboek;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Checks the hash chain of the processing log (ADR 0018, BIO 8.15.05/8.15.06): reads every record in
 * the order of its volgnummer, recomputes its hash in Java from its fields and the hash of the record
 * before it (as the database made it: V39's canonical form, chained by V45's logboek.leg or row trigger), and names the first record that no longer
 * matches: changed (its fields, its previous hash or its hash differ) or missing (a volgnummer skipped).
 * The check never shows what a record holds, only its number and time. Recomputing here rather than
 * with the database's own function means a replaced function in the database does not fool it.
 *
 * <p>Records removed from the end are found by the chain's head ({@code logboek.ketenkop}, V45), which
 * still names the last volgnummer written. What it cannot see: a chain rewritten from some point on (or
 * cut short) by someone who can write the tables as their owner and also sets the head. Against that,
 * compare {@link Uitslag#laatsteHash()} with one written down or sent away earlier
 * ({@link #controleer(Connection, Anker)}).
 */
@Service
public class Ketencontrole {

    /** What is wrong with the first record that does not match. */
    public enum Afwijking {
        /** Its fields, its previous hash or its own hash are not what they were when it was written. */
        GEWIJZIGD,
        /** The record with this volgnummer is gone (deleted), or the numbers were changed. */
        ONTBREEKT,
        /** The record an earlier written-down hash belongs to no longer has that hash, or is gone. */
        ANKER_KLOPT_NIET
    }

    /** A volgnummer and the hash it had, written down or sent elsewhere earlier. */
    public record Anker(long volgnummer, String hash) {
    }

    /**
     * The outcome. Intact: {@code aantal} records checked. Otherwise {@code volgnummer} and {@code tijdstip}
     * of the first record that does not match (for a missing record: its number and the time of the record
     * after it) and the number of records that did match before it.
     */
    public record Uitslag(boolean intact, long aantal, @Nullable Afwijking afwijking, @Nullable Long volgnummer,
            @Nullable Instant tijdstip, @Nullable String laatsteHash, @Nullable Long laatsteVolgnummer) {
    }

    static final byte[] BEGIN = new byte[32];

    private final DataSource bron;

    Ketencontrole(DataSource bron) {
        this.bron = bron;
    }

    /** Checks the whole chain on a connection of the application (it may read the log). */
    public Uitslag controleer() {
        return controleer((Anker) null);
    }

    /** As {@link #controleer()}, and also whether record {@code anker.volgnummer} still has the hash written down. */
    public Uitslag controleer(@Nullable Anker anker) {
        // A connection of its own, outside any transaction of the caller: the check reads one snapshot and rolls back.
        try (var c = bron.getConnection()) {
            return controleer(c, anker);
        } catch (SQLException e) {
            throw new IllegalStateException("Verwerkingslog controleren mislukt", e);
        }
    }

    /**
     * The check on any connection that may read {@code logboek.verwerkingslog} (also the command line's
     * {@code ./onderdak verify-log}). Reads in one snapshot, with a cursor, so a log of millions of records
     * does not need millions of records in memory; the connection's auto-commit is restored afterwards.
     */
    public static Uitslag controleer(Connection c, @Nullable Anker anker) throws SQLException {
        boolean autocommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        } catch (SQLException e) {
            // Inside a transaction already (an application's connection): its isolation stays.
        }
        var sha = sha256();
        try (var s = c.prepareStatement("""
                select volgnummer, id, tijdstip, verwerkingsactiviteit, doel, handeling, organisatie_code, gebruiker,
                       betrokkene::text, trace_id, vorige_hash, hash
                  from logboek.verwerkingslog order by volgnummer""")) {
            s.setFetchSize(5000);
            try (var rs = s.executeQuery()) {
                byte[] vorige = BEGIN;
                long verwacht = 1;
                boolean ankerGezien = false;
                while (rs.next()) {
                    long nummer = rs.getLong(1);
                    var tijdstip = rs.getTimestamp(3).toInstant();
                    if (nummer != verwacht) {
                        return fout(Afwijking.ONTBREEKT, verwacht, tijdstip, verwacht - 1);
                    }
                    var canoniek = canoniek(nummer, rs.getLong(2), tijdstip, rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
                    sha.update(vorige);
                    var berekend = sha.digest(canoniek);
                    if (!Arrays.equals(vorige, rs.getBytes(11)) || !Arrays.equals(berekend, rs.getBytes(12))) {
                        return fout(Afwijking.GEWIJZIGD, nummer, tijdstip, nummer - 1);
                    }
                    if (anker != null && anker.volgnummer() == nummer) {
                        ankerGezien = true;
                        if (!HexFormat.of().formatHex(berekend).equalsIgnoreCase(anker.hash().strip())) {
                            return fout(Afwijking.ANKER_KLOPT_NIET, nummer, tijdstip, nummer - 1);
                        }
                    }
                    vorige = berekend;
                    verwacht++;
                }
                long aantal = verwacht - 1;
                // The chain's head (V45, ADR 0026) says how far the log went: records removed from the end show here,
                // unless whoever removed them also set the head back. Read in the same snapshot as the records.
                if (kop(c) > aantal) {
                    return fout(Afwijking.ONTBREEKT, aantal + 1, null, aantal);
                }
                if (anker != null && !ankerGezien) {
                    return fout(Afwijking.ANKER_KLOPT_NIET, anker.volgnummer(), null, aantal);
                }
                return new Uitslag(true, aantal, null, null, null, aantal == 0 ? null : HexFormat.of().formatHex(vorige),
                        aantal == 0 ? null : aantal);
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autocommit);
        }
    }

    /** The head's last volgnummer; 0 on a database from before V45 (no head table). */
    private static long kop(Connection c) throws SQLException {
        try (var s = c.prepareStatement("select to_regclass('logboek.ketenkop') is not null"); var rs = s.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return 0;
            }
        }
        try (var s = c.prepareStatement("select laatste_volgnummer from logboek.ketenkop"); var rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Uitslag fout(Afwijking afwijking, long volgnummer, @Nullable Instant tijdstip, long goed) {
        return new Uitslag(false, goed, afwijking, volgnummer, tijdstip, null, null);
    }

    /**
     * The canonical form of a record, byte for byte the one of {@code logboek.verwerkingslog_hash} in V39:
     * every field as "length in bytes:value" (UTF-8), the time as microseconds since 1970.
     */
    static byte[] canoniek(long volgnummer, long id, Instant tijdstip, String... velden) {
        var b = new StringBuilder(256);
        veld(b, Long.toString(volgnummer));
        veld(b, Long.toString(id));
        veld(b, Long.toString(Math.addExact(Math.multiplyExact(tijdstip.getEpochSecond(), 1_000_000L), tijdstip.getNano() / 1000)));
        for (var v : velden) {
            veld(b, v);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void veld(StringBuilder b, String waarde) {
        b.append(waarde.getBytes(StandardCharsets.UTF_8).length).append(':').append(waarde);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
