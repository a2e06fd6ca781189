// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.util.List;
import nl.onderdak.platform.OngeldigeInvoer;
import org.jspecify.annotations.Nullable;

/**
 * Text read at the edge into a typed command, or the wrong fields. The service raises the errors only
 * after its own checks of access and existence, so that a stranger still hears 403 or 404 before
 * being told what was wrong with the input, as before.
 */
public record Gelezen<T>(@Nullable T waarde, List<OngeldigeInvoer.Veld> fouten) {

    public Gelezen {
        fouten = List.copyOf(fouten);
    }

    /** The command; 400 with every wrong field when there is any. */
    public T geldig() {
        if (!fouten.isEmpty() || waarde == null) {
            throw new OngeldigeInvoer(fouten);
        }
        return waarde;
    }
}
