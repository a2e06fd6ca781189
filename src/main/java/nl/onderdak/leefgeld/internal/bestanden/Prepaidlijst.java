// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.bestanden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import nl.onderdak.platform.Csv;

/**
 * The load list for prepaid cards: which card gets how much living allowance in a payment run.
 * CSV as every Onderdak download is written ({@link Csv#regel}), so a gemeente employee can open it
 * in Dutch Excel: UTF-8 with a byte order mark, a header line, {@code ;} between fields, lines
 * ending in CRLF. Every text field is quoted where needed and cannot run as a spreadsheet formula;
 * the amount has a decimal comma and two decimals ({@code 245,50}).
 */
public final class Prepaidlijst {

    static final List<String> KOLOMMEN = List.of("kaartnummer", "referentie", "naam", "bedrag");

    private Prepaidlijst() {
    }

    /** One card load: the card, the payment's reference, the card holder's name and the amount in euros (positive, whole cents). */
    public record Lading(String kaartnummer, String referentie, String naam, BigDecimal bedrag) {
        public Lading {
            if (kaartnummer == null || kaartnummer.isBlank()) {
                throw new IllegalArgumentException("kaartnummer ontbreekt");
            }
            if (referentie == null || referentie.isBlank()) {
                throw new IllegalArgumentException("referentie ontbreekt");
            }
            Objects.requireNonNull(naam, "naam ontbreekt");
            Objects.requireNonNull(bedrag, "bedrag ontbreekt");
            if (bedrag.signum() <= 0) {
                throw new IllegalArgumentException("bedrag moet positief zijn");
            }
            if (bedrag.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("bedrag heeft meer dan twee decimalen");
            }
        }
    }

    /**
     * Writes the header and one line per load to {@code uit}, which is flushed but not closed. The
     * writer decides the encoding; the file is meant to be UTF-8.
     *
     * @throws UncheckedIOException when writing fails
     */
    public static void schrijf(List<Lading> ladingen, Writer uit) {
        var regels = List.copyOf(ladingen);
        try {
            uit.write(Csv.BOM);
            uit.write(Csv.regel(KOLOMMEN));
            for (var lading : regels) {
                uit.write(Csv.regel(List.of(lading.kaartnummer(), lading.referentie(), lading.naam(), bedrag(lading.bedrag()))));
            }
            uit.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two decimals, exact, since a load has whole cents; {@link Csv#cel} writes it as "245,50". */
    static BigDecimal bedrag(BigDecimal bedrag) {
        return bedrag.setScale(2, RoundingMode.UNNECESSARY);
    }
}
