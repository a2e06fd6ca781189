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

    /** A wrong field: its name as the caller sent it, and why it is wrong, in the user's language (platform.Berichten). */
    public record Veld(String name, String reason) {
    }

    private final List<Veld> velden;
    private final String type;

    public OngeldigeInvoer(List<Veld> velden) {
        this("ongeldige-invoer", velden);
    }

    protected OngeldigeInvoer(String type, List<Veld> velden) {
        super(velden.stream().map(OngeldigeInvoer::zin).reduce((a, b) -> a + " " + b).orElse(""));
        this.velden = List.copyOf(velden);
        this.type = type;
    }

    /**
     * One wrong field as a sentence a person reads on a page: "Periode van: vul een datum in." rather
     * than "periodeVan: Vul een datum in." (the message of this exception, which pages show).
     */
    static String zin(Veld v) {
        // The label is made of the field's Dutch name; an English reader gets the message alone, which
        // names what it is about ("Enter the town.") and stands next to its field on a form.
        var label = "en".equals(Berichten.taal().getLanguage()) ? "" : leesbaar(v.name());
        var reden = v.reason() == null ? "" : v.reason().strip();
        if (label.isEmpty() || reden.toLowerCase(java.util.Locale.ROOT).startsWith(label.toLowerCase(java.util.Locale.ROOT))) {
            return reden;
        }
        boolean afkorting = reden.length() > 1 && Character.isUpperCase(reden.charAt(1));
        return label + ": " + (afkorting || reden.isEmpty() ? reden : Character.toLowerCase(reden.charAt(0)) + reden.substring(1));
    }

    private static final java.util.Set<String> AFKORTINGEN = java.util.Set.of("bsn", "iban", "bic", "brp", "ind", "coa", "kvk");

    /** A field name as words: "periodeVan" is "Periode van", "leden[0].bsn" is "BSN". */
    static String leesbaar(String naam) {
        if (naam == null || naam.isBlank()) {
            return "";
        }
        var laatste = naam.substring(naam.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        var woorden = laatste.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                .strip().split(" +");
        var b = new StringBuilder();
        for (var woord : woorden) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(AFKORTINGEN.contains(woord) ? woord.toUpperCase(java.util.Locale.ROOT) : woord);
        }
        return b.isEmpty() ? "" : Character.toUpperCase(b.charAt(0)) + b.substring(1);
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
