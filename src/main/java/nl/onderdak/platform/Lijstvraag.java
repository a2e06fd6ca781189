// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a paged list was asked for: a search, an order, a page and a page size, read from the address
 * as a page or the API sends them. Each list reads them the same way (the same limits, every wrong
 * parameter named next to its field) and keeps only what is its own: its orders and its messages.
 *
 * @param zoek the search, trimmed; {@code null} for none
 * @param volgorde the chosen order, or the list's default
 * @param pagina the page, from 1
 * @param aantal rows per page
 */
public record Lijstvraag<V extends Enum<V> & Lijstvraag.Volgorde>(@Nullable String zoek, V volgorde, int pagina, int aantal) {

    /** An order of a list: the word in the address ({@code sorteer}) and the SQL {@code order by} it stands for. */
    public interface Volgorde {
        String woord();

        String sql();
    }

    public static final int STANDAARD_AANTAL = 25;
    public static final int MAX_AANTAL = 100;
    public static final int ZOEK_MAX = 100;
    public static final int MAX_PAGINA = 1_000_000;

    /**
     * Reads the four parameters; every wrong one is added to {@code fouten} (field {@code zoek}, {@code sorteer},
     * {@code pagina} or {@code aantal}) and its default taken, so the caller names them all at once with its
     * own errors and throws {@link OngeldigeInvoer} when there are any.
     *
     * @param zoekTeLang the message for a search longer than {@link #ZOEK_MAX}
     * @param onbekendeVolgorde the message for a {@code sorteer} that is none of the list's words
     */
    public static <V extends Enum<V> & Volgorde> Lijstvraag<V> lees(@Nullable String zoek, @Nullable String sorteer,
            @Nullable String pagina, @Nullable String aantal, V standaard, String zoekTeLang, String onbekendeVolgorde,
            List<OngeldigeInvoer.Veld> fouten) {
        var z = Invoer.schoon(zoek);
        if (z != null && z.length() > ZOEK_MAX) {
            fouten.add(new OngeldigeInvoer.Veld("zoek", zoekTeLang));
        }
        var p = Invoer.geheelGetal(pagina, "pagina", 1, MAX_PAGINA, false, fouten);
        var a = Invoer.geheelGetal(aantal, "aantal", 1, MAX_AANTAL, false, fouten);
        var v = standaard;
        var s = Invoer.schoon(sorteer);
        if (s != null) {
            var gekozen = Arrays.stream(standaard.getDeclaringClass().getEnumConstants()).filter(o -> o.woord().equals(s)).findFirst();
            if (gekozen.isPresent()) {
                v = gekozen.get();
            } else {
                fouten.add(new OngeldigeInvoer.Veld("sorteer", onbekendeVolgorde));
            }
        }
        return new Lijstvraag<>(z, v, p == null ? 1 : p, a == null ? STANDAARD_AANTAL : a);
    }
}
