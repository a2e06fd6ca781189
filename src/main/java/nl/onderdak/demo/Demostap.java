// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.demo;

/** One part of the demo dataset, made once: {@link Demodata} decides when and records that it was made. */
interface Demostap {

    /** The key of this step in {@code demo.gemaakt}; never changes, or a database would get the data twice. */
    String stap();

    /** Makes the data, in the transaction {@link Demodata} opened; a failure rolls back the data and the marker. */
    void maak();
}
