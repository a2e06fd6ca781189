// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.onderdak.locaties.Locatieverzoeken;

/**
 * Request bodies for the residents and placement API in tests. The database is shared by all test
 * classes, so every BSN is drawn at random (and passes the elfproef) and every surname carries a
 * counter, so a test finds back exactly the people it registered.
 */
public final class Bewonersverzoeken {

    public static final String HUISHOUDENS = "/api/v1/huishoudens";
    public static final String ZOEK = "/api/v1/bewoners/_zoek";
    public static final String PLAATSINGEN = "/api/v1/plaatsingen";

    private static final AtomicInteger TELLER = new AtomicInteger();

    private Bewonersverzoeken() {
    }

    /** A fresh valid BSN: eight random digits and the check digit of the elfproef (never ending up at 10). */
    public static String nieuwBsn() {
        var random = ThreadLocalRandom.current();
        while (true) {
            var cijfers = new StringBuilder();
            int som = 0;
            for (int i = 0; i < 8; i++) {
                int d = random.nextInt(10);
                cijfers.append(d);
                som += (9 - i) * d;
            }
            int controle = som % 11;
            if (controle < 10 && som != 0) {
                return cijfers.append(controle).toString();
            }
        }
    }

    /** A surname no other test uses. */
    public static String uniekeAchternaam(String basis) {
        return basis + "-" + Long.toString(System.nanoTime(), 36) + TELLER.incrementAndGet();
    }

    /** A birth date no other test is likely to use, so a search by name and date finds only what this test made. */
    public static String uniekeGeboortedatum() {
        var random = ThreadLocalRandom.current();
        return LocalDate.of(1940, 1, 1).plusDays(random.nextInt(60 * 365)).toString();
    }

    /** A valid adult member with the required fields; {@code extra} adds or overrides fields (null removes one). */
    public static Map<String, Object> lid(String voornaam, String achternaam, String geboortedatum, Map<String, Object> extra) {
        var lid = new LinkedHashMap<String, Object>();
        lid.put("voornaam", voornaam);
        lid.put("achternaam", achternaam);
        lid.put("geboortedatum", geboortedatum);
        lid.put("geslacht", "vrouw");
        lid.put("nationaliteitCategorie", "oekraiens");
        lid.put("identiteitsdocumenten", List.of("paspoort"));
        lid.put("taal", "uk");
        if (extra != null) {
            extra.forEach((k, v) -> {
                if (v == null) {
                    lid.remove(k);
                } else {
                    lid.put(k, v);
                }
            });
        }
        return lid;
    }

    public static Map<String, Object> lid(String voornaam, String achternaam, String geboortedatum) {
        return lid(voornaam, achternaam, geboortedatum, null);
    }

    @SafeVarargs
    public static String huishouden(Map<String, Object>... leden) {
        return Locatieverzoeken.json(Map.of("leden", List.of(leden)));
    }

    /** A household of {@code n} people without BSN, with a surname of its own. */
    public static String huishoudenVan(int n) {
        var achternaam = uniekeAchternaam("Testgezin");
        var leden = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < n; i++) {
            leden.add(lid("Lid" + i, achternaam, LocalDate.of(1980 + i, 1 + i % 12, 1 + i).toString()));
        }
        return Locatieverzoeken.json(Map.of("leden", leden));
    }

    /** A check-in of the whole household; {@code extra} adds fields such as leden and splitsingsreden. */
    public static String plaatsing(String huishouden, String opvanglocatie, String vanaf, Map<String, Object> extra) {
        var p = new LinkedHashMap<String, Object>();
        p.put("huishouden", huishouden);
        p.put("opvanglocatie", opvanglocatie);
        p.put("vanaf", vanaf);
        if (extra != null) {
            p.putAll(extra);
        }
        return Locatieverzoeken.json(p);
    }

    public static String plaatsing(String huishouden, String opvanglocatie, String vanaf) {
        return plaatsing(huishouden, opvanglocatie, vanaf, null);
    }

    public static String uitchecken(String datum, String reden) {
        var m = new LinkedHashMap<String, Object>();
        m.put("datum", datum);
        m.put("reden", reden);
        return Locatieverzoeken.json(m);
    }

    public static String zoekOpBsn(String bsn) {
        return Locatieverzoeken.json(Map.of("bsn", bsn));
    }

    public static String zoekOpNaam(String naam, String geboortedatum) {
        return Locatieverzoeken.json(Map.of("naam", naam, "geboortedatum", geboortedatum));
    }
}
