// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * One page of a list that pages: its rows, the total over all pages, the page (from 1) and its size.
 * The shape every paged list shares, and what {@code fragments/lijst :: paginering} reads.
 */
public record Pagina<T>(List<T> regels, long totaal, int pagina, int aantal) {

    /** The number of the last page; 1 for an empty list. */
    public int laatste() {
        return (int) Math.max(1, (totaal + aantal - 1) / aantal);
    }

    /**
     * The total of a page whose query carried it in every row as {@code count(*) over ()}: the page and
     * the total in one statement, since the sort finds every matching row anyway. A page after the last
     * one has no row to carry it, so it is counted on its own then; an empty first page means none.
     *
     * @param uitDePagina the total read from the page's rows, or a negative number when it had none
     * @param tel counts the matching rows on their own
     */
    public static long totaal(long uitDePagina, int pagina, LongSupplier tel) {
        return uitDePagina >= 0 ? uitDePagina : pagina == 1 ? 0 : tel.getAsLong();
    }
}
