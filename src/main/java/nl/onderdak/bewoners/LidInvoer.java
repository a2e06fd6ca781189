// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A household member as typed (form or API): text, so every wrong field can be named. */
public record LidInvoer(@Nullable String voornaam, @Nullable String achternaam, @Nullable String voornaamOrigineel,
        @Nullable String achternaamOrigineel, @Nullable String geboortedatum, @Nullable String geslacht,
        @Nullable String nationaliteitCategorie, @Nullable List<String> identiteitsdocumenten, @Nullable String bsn,
        @Nullable String brpStatus, @Nullable String brpDatum, @Nullable String indStatus, @Nullable String indUitgenodigdOp,
        @Nullable String indAfspraakOp, @Nullable String beschermingTot, @Nullable Boolean alleenreizendMinderjarig,
        @Nullable Boolean medischeZorg, @Nullable Boolean toegankelijkheid, @Nullable String taal) {
}
