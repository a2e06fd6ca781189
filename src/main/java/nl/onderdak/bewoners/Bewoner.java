// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A displaced person as stored. {@code bsn} is null when unknown or when the viewer may not see it;
 * {@code versie} rises with every change (the ETag of a PATCH).
 */
public record Bewoner(UUID id, UUID huishoudenId, String voornaam, String achternaam, @Nullable String voornaamOrigineel,
        @Nullable String achternaamOrigineel, LocalDate geboortedatum, String geslacht, String nationaliteitCategorie,
        List<String> identiteitsdocumenten, String brpStatus, @Nullable Bsn bsn, @Nullable LocalDate brpDatum, String indStatus,
        @Nullable LocalDate indUitgenodigdOp, @Nullable LocalDate indAfspraakOp, @Nullable LocalDate beschermingTot,
        boolean alleenreizendMinderjarig, boolean medischeZorg, boolean toegankelijkheid, @Nullable String taal, int versie) {

    public int leeftijdOp(LocalDate dag) {
        return Leeftijd.op(geboortedatum, dag);
    }

    public boolean minderjarigOp(LocalDate dag) {
        return !Leeftijd.isMeerderjarigOp(geboortedatum, dag);
    }

    /** The same person as seen by someone who may not see the BSN. */
    Bewoner zonderBsn() {
        return new Bewoner(id, huishoudenId, voornaam, achternaam, voornaamOrigineel, achternaamOrigineel, geboortedatum,
                geslacht, nationaliteitCategorie, identiteitsdocumenten, brpStatus, null, brpDatum, indStatus,
                indUitgenodigdOp, indAfspraakOp, beschermingTot, alleenreizendMinderjarig, medischeZorg, toegankelijkheid, taal, versie);
    }
}
