// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one mechanism for work that outlives its request (a spreadsheet import, a payment-run preview):
 * runs it on a virtual thread, keeps its progress for the user who started it, and never swallows a
 * failure. A refusal the user can act on ({@link OngeldigeInvoer}, {@link Conflict}) becomes the task's
 * message; anything else is logged with the task's id and kind and shown as a plain Dutch sentence.
 *
 * <p>Progress and outcome live in the database ({@code platform.achtergrondtaak}, ADR 0017), because
 * behind a load balancer the next poll of the progress page may reach another instance than the one
 * that runs the work. The running instance writes progress at most {@link #SCHRIJFINTERVAL} apart (a
 * row per spreadsheet line would cost more than the import) and touches its running tasks every
 * minute; a task whose instance stopped touching it for {@link #VERWEESD} is marked failed with its
 * message. Tasks are deleted {@link #BEWAARTERMIJN} after their last change.
 */
@Component
public class Achtergrondtaken {

    private static final Logger log = LoggerFactory.getLogger(Achtergrondtaken.class);
    /** How long a task and its outcome are kept after it last changed. */
    static final Duration BEWAARTERMIJN = Duration.ofHours(24);
    /** Without a sign of life this long, the instance that ran the task is gone. */
    static final Duration VERWEESD = Duration.ofMinutes(5);
    static final Duration SCHRIJFINTERVAL = Duration.ofMillis(200);
    private static final Duration HARTSLAG = Duration.ofMinutes(1);

    private final Clock clock;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    /** Progress is written in its own transaction: the work's transaction commits only at its end. */
    private final TransactionTemplate apart;
    private final ExecutorService uitvoerder = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService hartslag = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("achtergrondtaken-hartslag").factory());
    /** The tasks this instance runs now, for the heartbeat. */
    private final Set<TaakId> lopend = ConcurrentHashMap.newKeySet();

    public Achtergrondtaken(Clock clock, JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transacties) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        hartslag.scheduleWithFixedDelay(this::klop, HARTSLAG.toMillis(), HARTSLAG.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Typed id of a background task; parsed from an address with {@link Invoer#idInAdres}. */
    public record TaakId(UUID waarde) {
        public static TaakId nieuw() {
            return new TaakId(UUID.randomUUID());
        }

        @Override
        public String toString() {
            return waarde.toString();
        }
    }

    /**
     * A kind of task and the type of its outcome, so that any instance can read back the outcome that
     * another one stored as JSON ("locatie-import" with its list of errors, "betaalrun" with the run's id).
     */
    public record Soort<T>(String naam, TypeReference<T> uitkomst) {
    }

    public enum Toestand { BEZIG, GELUKT, MISLUKT }

    /** What the work may report while it runs. */
    public interface Voortgang {
        /** The task's id, so stored work can name the task that made it. */
        TaakId id();

        void totaal(int totaal);

        void verwerkt(int verwerkt);
    }

    /**
     * A task's state as its owner sees it; {@code uitkomst} is set once it succeeded. Read from the
     * database it is a snapshot; the one {@link #start} returns follows the running work on this instance.
     */
    public static final class Taak<T> {
        private final @Nullable Lopend<T> bron;
        private final TaakId id;
        private final String soort;
        private final String eigenaar;
        private final Instant gestart;
        private final Toestand toestand;
        private final int totaal;
        private final int verwerkt;
        private final @Nullable T uitkomst;
        private final @Nullable String fout;

        Taak(TaakId id, String soort, String eigenaar, Instant gestart, Toestand toestand, int totaal, int verwerkt,
                @Nullable T uitkomst, @Nullable String fout) {
            this.id = id;
            this.soort = soort;
            this.eigenaar = eigenaar;
            this.gestart = gestart;
            this.toestand = toestand;
            this.totaal = totaal;
            this.verwerkt = verwerkt;
            this.uitkomst = uitkomst;
            this.fout = fout;
            this.bron = null;
        }

        Taak(Lopend<T> bron) {
            this.id = bron.id;
            this.soort = bron.soort.naam();
            this.eigenaar = bron.eigenaar;
            this.gestart = bron.gestart;
            this.toestand = Toestand.BEZIG;
            this.totaal = 0;
            this.verwerkt = 0;
            this.uitkomst = null;
            this.fout = null;
            this.bron = bron;
        }

        public TaakId id() { return id; }
        public String soort() { return soort; }
        public String eigenaar() { return eigenaar; }
        public Instant gestart() { return gestart; }
        public Toestand toestand() { return bron != null ? bron.toestand : toestand; }
        public int totaal() { return bron != null ? bron.totaal : totaal; }
        public int verwerkt() { return bron != null ? bron.verwerkt : verwerkt; }
        public @Nullable T uitkomst() { return bron != null ? bron.uitkomst : uitkomst; }
        public @Nullable String fout() { return bron != null ? bron.fout : fout; }
        public boolean klaar() { return toestand() != Toestand.BEZIG; }

        public int procent() {
            int t = totaal();
            return t == 0 ? (klaar() ? 100 : 0) : (int) Math.min(100, 100L * verwerkt() / t);
        }
    }

    /** The running work's progress; writes it to the database when {@code opslaan} is set. */
    private final class Lopend<T> implements Voortgang {
        private volatile Toestand toestand = Toestand.BEZIG;
        private volatile @Nullable T uitkomst;
        private volatile @Nullable String fout;
        private final TaakId id = TaakId.nieuw();
        private final Soort<T> soort;
        private final String eigenaar;
        private final Instant gestart = clock.instant();
        private final boolean opslaan;
        private volatile int totaal;
        private volatile int verwerkt;
        private volatile long geschreven = System.nanoTime();

        Lopend(Soort<T> soort, String eigenaar, boolean opslaan) {
            this.soort = soort;
            this.eigenaar = eigenaar;
            this.opslaan = opslaan;
        }

        @Override
        public TaakId id() { return id; }

        @Override
        public void totaal(int totaal) {
            this.totaal = Math.max(0, totaal);
            schrijfVoortgang(true);
        }

        @Override
        public void verwerkt(int verwerkt) {
            this.verwerkt = Math.max(0, verwerkt);
            schrijfVoortgang(false);
        }

        private void schrijfVoortgang(boolean altijd) {
            long nu = System.nanoTime();
            if (!opslaan || (!altijd && nu - geschreven < SCHRIJFINTERVAL.toNanos())) {
                return;
            }
            geschreven = nu;
            apart.executeWithoutResult(s -> jdbc.sql("""
                    update platform.achtergrondtaak set totaal = ?, verwerkt = ?, bijgewerkt = now()
                     where id = ? and toestand = 'BEZIG'""")
                    .params(totaal, verwerkt, id.waarde()).update());
        }

        /** The end state as a snapshot, to store. */
        Taak<T> als(Toestand toestand, @Nullable T uitkomst, @Nullable String fout) {
            return new Taak<>(id, soort.naam(), eigenaar, gestart, toestand, totaal, verwerkt, uitkomst, fout);
        }

        /** The live view ends only once the end state is stored, so every instance reads the same then. */
        void klaar(Taak<T> eind) {
            this.uitkomst = eind.uitkomst();
            this.fout = eind.fout();
            this.toestand = eind.toestand();
        }
    }

    /**
     * Starts {@code werk} for {@code eigenaar} on this instance and records it, so that every instance can
     * show its progress. {@code melding} is the sentence shown when an unexpected error stops it ("De
     * betaalrun kon niet worden gemaakt; er is niets vastgelegd."), and when this instance stops before it.
     */
    public <T> Taak<T> start(Soort<T> soort, String eigenaar, String melding, Function<Voortgang, T> werk) {
        var taak = new Lopend<>(soort, eigenaar, true);
        jdbc.sql("""
                insert into platform.achtergrondtaak (id, soort, eigenaar, toestand, melding, gestart, bijgewerkt)
                values (?, ?, ?, 'BEZIG', ?, ?, now())""")
                .params(taak.id().waarde(), soort.naam(), eigenaar, melding, Timestamp.from(taak.gestart))
                .update();
        lopend.add(taak.id());
        // The request's trace id goes along, so the work's log lines and processing-log records carry it too.
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        // So does the user's language: the messages a task stores (an import's row errors) are read by that user.
        var taal = Berichten.taal();
        uitvoerder.submit(() -> {
            if (mdc != null) {
                MDC.setContextMap(mdc);
            }
            org.springframework.context.i18n.LocaleContextHolder.setLocale(taal);
            try {
                var eind = voerUit(taak, melding, werk);
                bewaar(eind);
                taak.klaar(eind);
            } finally {
                lopend.remove(taak.id());
                MDC.clear();
                org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
            }
        });
        return new Taak<>(taak);
    }

    /** Runs {@code werk} in the caller's thread with the same failure handling (API calls that wait); not stored. */
    public <T> Taak<T> voerNuUit(Soort<T> soort, String eigenaar, String melding, Function<Voortgang, T> werk) {
        return voerUit(new Lopend<>(soort, eigenaar, false), melding, werk);
    }

    /** The task, only for the user who started it (anyone else gets nothing, as for an unknown id). */
    public <T> Optional<Taak<T>> vind(TaakId id, Soort<T> soort, String eigenaar) {
        return jdbc.sql("""
                select id, soort, eigenaar, gestart, toestand, totaal, verwerkt, uitkomst, fout
                  from platform.achtergrondtaak where id = ? and soort = ? and eigenaar = ?""")
                .params(id.waarde(), soort.naam(), eigenaar)
                .query((rs, i) -> lees(rs, soort)).optional();
    }

    /** The user's tasks of this kind, newest first, at most {@code hoogstens}. */
    public <T> List<Taak<T>> vanEigenaar(Soort<T> soort, String eigenaar, int hoogstens) {
        return jdbc.sql("""
                select id, soort, eigenaar, gestart, toestand, totaal, verwerkt, uitkomst, fout
                  from platform.achtergrondtaak where soort = ? and eigenaar = ? order by gestart desc, id limit ?""")
                .params(soort.naam(), eigenaar, hoogstens)
                .query((rs, i) -> lees(rs, soort)).list();
    }

    private <T> Taak<T> lees(ResultSet rs, Soort<T> soort) throws SQLException {
        var uitkomst = rs.getString("uitkomst");
        return new Taak<>(new TaakId(rs.getObject("id", UUID.class)), rs.getString("soort"), rs.getString("eigenaar"),
                rs.getTimestamp("gestart").toInstant(), Toestand.valueOf(rs.getString("toestand")), rs.getInt("totaal"),
                rs.getInt("verwerkt"), uitkomst == null ? null : json.readValue(uitkomst, soort.uitkomst()),
                rs.getString("fout"));
    }

    private <T> Taak<T> voerUit(Lopend<T> taak, String melding, Function<Voortgang, T> werk) {
        try {
            return taak.als(Toestand.GELUKT, werk.apply(taak), null);
        } catch (OngeldigeInvoer | Conflict e) {
            log.info("Achtergrondtaak {} ({}) geweigerd: {}", taak.id(), taak.soort.naam(), e.getClass().getSimpleName());
            return taak.als(Toestand.MISLUKT, null, e.getMessage());
        } catch (RuntimeException | Error e) {
            log.error("Achtergrondtaak {} ({}) mislukt", taak.id(), taak.soort.naam(), e);
            return taak.als(Toestand.MISLUKT, null, melding);
        }
    }

    private void bewaar(Taak<?> eind) {
        try {
            var uitkomst = eind.uitkomst() == null ? null : json.writeValueAsString(eind.uitkomst());
            apart.executeWithoutResult(s -> jdbc.sql("""
                    update platform.achtergrondtaak set toestand = ?, totaal = ?, verwerkt = ?, uitkomst = cast(? as jsonb),
                           fout = ?, bijgewerkt = now() where id = ?""")
                    .params(eind.toestand().name(), eind.totaal(), eind.verwerkt(), uitkomst, eind.fout(), eind.id().waarde())
                    .update());
        } catch (RuntimeException e) {
            // The work itself is done (or refused); only its report is lost. The clean-up marks it failed later.
            log.error("Uitkomst van achtergrondtaak {} ({}) niet opgeslagen", eind.id(), eind.soort(), e);
        }
    }

    /** A sign of life for the tasks this instance runs, so no other instance takes them for orphans. */
    private void klop() {
        try {
            var ids = lopend.stream().map(TaakId::toString).toArray(String[]::new);
            if (ids.length > 0) {
                jdbc.sql("update platform.achtergrondtaak set bijgewerkt = now() where id = any(cast(? as uuid[])) and toestand = 'BEZIG'")
                        .param(ids).update();
            }
        } catch (RuntimeException e) {
            log.warn("Hartslag van achtergrondtaken niet geschreven: {}", e.toString());
        }
    }

    /**
     * Once across instances (ShedLock): tasks whose instance stopped before they finished are marked
     * failed with their message, and tasks older than {@link #BEWAARTERMIJN} are deleted with their
     * outcome. Database time throughout: the instances' clocks may differ.
     */
    @Scheduled(fixedDelayString = "${onderdak.achtergrondtaken.opruimen:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "achtergrondtaken-opruimen", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    public void ruimOp() {
        int verweesd = jdbc.sql("""
                update platform.achtergrondtaak set toestand = 'MISLUKT', fout = melding, bijgewerkt = now()
                 where toestand = 'BEZIG' and bijgewerkt < now() - cast(? as interval)""")
                .param(VERWEESD.toSeconds() + " seconds").update();
        int weg = jdbc.sql("delete from platform.achtergrondtaak where toestand <> 'BEZIG' and bijgewerkt < now() - cast(? as interval)")
                .param(BEWAARTERMIJN.toSeconds() + " seconds").update();
        if (verweesd > 0) {
            log.warn("{} achtergrondtaken zonder lopende instantie als mislukt gemarkeerd", verweesd);
        }
        if (weg > 0) {
            log.info("{} achtergrondtaken ouder dan {} verwijderd", weg, BEWAARTERMIJN);
        }
    }

    @PreDestroy
    void stop() {
        hartslag.shutdownNow();
        uitvoerder.shutdown();
    }
}
