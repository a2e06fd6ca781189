// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.internal;

/**
 * A change was sent for a version of the record that is no longer current: someone else changed it
 * in between (answered 412 in the API, shown again with the current values in a form).
 */
public class VersieVerouderd extends RuntimeException {

    private final int huidig;

    public VersieVerouderd(int huidig) {
        super("Deze bewoner is intussen door iemand anders gewijzigd. Bekijk de huidige gegevens en voer uw wijziging opnieuw in.");
        this.huidig = huidig;
    }

    /** The version that is current now. */
    public int huidig() {
        return huidig;
    }
}
