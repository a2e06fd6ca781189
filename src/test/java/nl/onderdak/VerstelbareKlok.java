// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests move forward instead of sleeping. */
public final class VerstelbareKlok extends Clock {

    private final AtomicReference<Instant> nu;
    private final ZoneId zone;

    public VerstelbareKlok(Instant start, ZoneId zone) {
        this.nu = new AtomicReference<>(start);
        this.zone = zone;
    }

    public void verzet(Duration duur) {
        nu.updateAndGet(t -> t.plus(duur));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId andere) {
        return new VerstelbareKlok(nu.get(), andere);
    }

    @Override
    public Instant instant() {
        return nu.get();
    }
}
