// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.util.List;

/**
 * Input that breaks one or more rules. Carries every wrong field at once, so a caller can fix them
 * all in one go; the API answers 400 problem+json with {@code invalidParams}, a form shows each
 * message next to its field.
 */
public class OngeldigeInvoer extends RuntimeException {

    /** A wrong field: its name as the caller sent it, and why it is wrong, in Dutch. */
    public record Veld(String name, String reason) {
    }

    private final List<Veld> velden;
    private final String type;

    public OngeldigeInvoer(List<Veld> velden) {
        this("ongeldige-invoer", velden);
    }

    protected OngeldigeInvoer(String type, List<Veld> velden) {
        super(velden.stream().map(v -> v.name() + ": " + v.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.velden = List.copyOf(velden);
        this.type = type;
    }

    public static OngeldigeInvoer veld(String naam, String reden) {
        return new OngeldigeInvoer(List.of(new Veld(naam, reden)));
    }

    public List<Veld> velden() {
        return velden;
    }

    /** Field name to message (several messages for one field joined), in order, for a form's error summary. */
    public java.util.Map<String, String> alsKaart() {
        var kaart = new java.util.LinkedHashMap<String, String>();
        velden.forEach(v -> kaart.merge(v.name(), v.reason(), (a, b) -> a + " " + b));
        return kaart;
    }

    /** The last part of the problem type URI. */
    public String type() {
        return type;
    }
}
