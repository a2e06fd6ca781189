// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one mechanism for work that outlives its request (a spreadsheet import, a payment-run preview):
 * runs it on a virtual thread, keeps its progress for the user who started it, and never swallows a
 * failure. A refusal the user can act on ({@link OngeldigeInvoer}, {@link Conflict}) becomes the task's
 * message; anything else is logged with the task's id and kind and shown as a plain Dutch sentence.
 * Progress lives in this instance's memory for an hour (docs/architecture.md, Long-running work).
 */
@Component
public class Achtergrondtaken {

    private static final Logger log = LoggerFactory.getLogger(Achtergrondtaken.class);
    private static final Duration BEWAARTERMIJN = Duration.ofHours(1);

    private final Clock clock;
    private final Map<TaakId, Taak<?>> taken = new ConcurrentHashMap<>();
    private final ExecutorService uitvoerder = Executors.newVirtualThreadPerTaskExecutor();

    public Achtergrondtaken(Clock clock) {
        this.clock = clock;
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

    public enum Toestand { BEZIG, GELUKT, MISLUKT }

    /** What the work may report while it runs. */
    public interface Voortgang {
        /** The task's id, so stored work can name the task that made it. */
        TaakId id();

        void totaal(int totaal);

        void verwerkt(int verwerkt);
    }

    /** A task's state as its owner sees it; {@code uitkomst} is set once it succeeded. */
    public static final class Taak<T> implements Voortgang {
        private final TaakId id;
        private final String soort;
        private final String eigenaar;
        private final Instant gestart;
        private volatile Toestand toestand = Toestand.BEZIG;
        private volatile int totaal;
        private volatile int verwerkt;
        private volatile T uitkomst;
        private volatile String fout;

        Taak(TaakId id, String soort, String eigenaar, Instant gestart) {
            this.id = id;
            this.soort = soort;
            this.eigenaar = eigenaar;
            this.gestart = gestart;
        }

        @Override
        public void totaal(int totaal) {
            this.totaal = totaal;
        }

        @Override
        public void verwerkt(int verwerkt) {
            this.verwerkt = verwerkt;
        }

        @Override
        public TaakId id() { return id; }
        public String soort() { return soort; }
        public String eigenaar() { return eigenaar; }
        public Instant gestart() { return gestart; }
        public Toestand toestand() { return toestand; }
        public int totaal() { return totaal; }
        public int verwerkt() { return verwerkt; }
        public T uitkomst() { return uitkomst; }
        public String fout() { return fout; }
        public boolean klaar() { return toestand != Toestand.BEZIG; }
        public int procent() { return totaal == 0 ? (klaar() ? 100 : 0) : (int) Math.min(100, 100L * verwerkt / totaal); }
    }

    /**
     * Starts {@code werk} for {@code eigenaar}. {@code soort} names the kind of work in the log
     * ("locatie-import", "betaalrun"); {@code melding} is the sentence shown when an unexpected error
     * stops it ("De betaalrun kon niet worden gemaakt; er is niets vastgelegd.").
     */
    public <T> Taak<T> start(String soort, String eigenaar, String melding, Function<Voortgang, T> werk) {
        ruimOp();
        var taak = new Taak<T>(TaakId.nieuw(), soort, eigenaar, clock.instant());
        taken.put(taak.id(), taak);
        uitvoerder.submit(() -> voerUit(taak, melding, werk));
        return taak;
    }

    /** Runs {@code werk} in the caller's thread with the same failure handling (API calls that wait). */
    public <T> Taak<T> voerNuUit(String soort, String eigenaar, String melding, Function<Voortgang, T> werk) {
        var taak = new Taak<T>(TaakId.nieuw(), soort, eigenaar, clock.instant());
        voerUit(taak, melding, werk);
        return taak;
    }

    /** The task, only for the user who started it (anyone else gets nothing, as for an unknown id). */
    @SuppressWarnings("unchecked")
    public <T> Optional<Taak<T>> vind(TaakId id, String soort, String eigenaar) {
        return Optional.ofNullable((Taak<T>) taken.get(id))
                .filter(t -> t.soort().equals(soort) && t.eigenaar().equals(eigenaar));
    }

    private <T> void voerUit(Taak<T> taak, String melding, Function<Voortgang, T> werk) {
        try {
            taak.uitkomst = werk.apply(taak);
            taak.toestand = Toestand.GELUKT;
        } catch (OngeldigeInvoer | Conflict e) {
            log.info("Achtergrondtaak {} ({}) geweigerd: {}", taak.id(), taak.soort(), e.getClass().getSimpleName());
            taak.fout = e.getMessage();
            taak.toestand = Toestand.MISLUKT;
        } catch (RuntimeException | Error e) {
            log.error("Achtergrondtaak {} ({}) mislukt", taak.id(), taak.soort(), e);
            taak.fout = melding;
            taak.toestand = Toestand.MISLUKT;
        }
    }

    private void ruimOp() {
        var grens = clock.instant().minus(BEWAARTERMIJN);
        taken.values().removeIf(t -> t.klaar() && t.gestart().isBefore(grens));
    }
}
