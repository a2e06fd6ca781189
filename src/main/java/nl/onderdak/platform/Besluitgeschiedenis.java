// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The append-only history of one request, oldest first: the submission, then at most one decision.
 * The status of a request is derived here and nowhere else: the decision if there is one, else
 * submitted. Storage keeps the rows (and its database refuses a second decision and any change);
 * this is where the code decides whether a decision may still be taken.
 */
public record Besluitgeschiedenis(List<Besluitregel> regels) {

    public Besluitgeschiedenis {
        regels = List.copyOf(regels);
    }

    /** The history of a request just submitted. */
    public static Besluitgeschiedenis ingediend(String door, Instant op) {
        return new Besluitgeschiedenis(List.of(new Besluitregel(Besluitstatus.INGEDIEND, door, op, null, null)));
    }

    /** The decision, if one was taken. */
    public Optional<Besluitregel> besluit() {
        return regels.stream().filter(r -> r.status().besloten()).findFirst();
    }

    public Besluitstatus status() {
        return besluit().map(Besluitregel::status).orElse(Besluitstatus.INGEDIEND);
    }

    /** Still waiting for a decision. */
    public boolean open() {
        return besluit().isEmpty();
    }

    /**
     * Records a decision: the entry to append. Refused with the caller's own exception (each kind of
     * request words it for its readers) once a decision was taken: a decision is never redone.
     */
    public Besluitregel beslis(Besluit besluit, String door, Instant op, Supplier<? extends RuntimeException> alBesloten) {
        if (!open()) {
            throw alBesloten.get();
        }
        return new Besluitregel(besluit.uitkomst(), door, op, besluit.reden(), besluit.bedrag());
    }
}
