package nl.onderdak.bewoners;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A displaced person as stored. {@code bsn} is null when unknown or when the viewer may not see it. */
public record Bewoner(UUID id, UUID huishoudenId, String voornaam, String achternaam, String voornaamOrigineel,
        String achternaamOrigineel, LocalDate geboortedatum, String geslacht, String nationaliteitCategorie,
        List<String> identiteitsdocumenten, String brpStatus, Bsn bsn, LocalDate brpDatum, String indStatus,
        LocalDate indUitgenodigdOp, LocalDate indAfspraakOp, LocalDate beschermingTot, boolean alleenreizendMinderjarig,
        boolean medischeZorg, boolean toegankelijkheid, String taal) {

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
                indUitgenodigdOp, indAfspraakOp, beschermingTot, alleenreizendMinderjarig, medischeZorg, toegankelijkheid, taal);
    }
}
