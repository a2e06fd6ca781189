package nl.onderdak.bewoners;

import java.util.List;

/** A household member as typed (form or API): text, so every wrong field can be named. */
public record LidInvoer(String voornaam, String achternaam, String voornaamOrigineel, String achternaamOrigineel,
        String geboortedatum, String geslacht, String nationaliteitCategorie, List<String> identiteitsdocumenten,
        String bsn, String brpStatus, String brpDatum, String indStatus, String indUitgenodigdOp, String indAfspraakOp,
        String beschermingTot, Boolean alleenreizendMinderjarig, Boolean medischeZorg, Boolean toegankelijkheid,
        String taal) {
}
