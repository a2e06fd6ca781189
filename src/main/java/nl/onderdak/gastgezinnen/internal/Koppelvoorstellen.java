// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal for all open requests at once ({@link Koppelaar#optimaal}), with per pair the reasons in
 * the user's language. A proposal changes nothing: a person confirms each pair with a match.
 */
@Service
public class Koppelvoorstellen {

    public record Voorstel(UUID verzoek, UUID huishouden, Gastgezinregister.Gemeente huishoudenGemeente, int personen, UUID gastgezin,
            String gastgezinNaam, Gastgezinregister.Gemeente gastgezinGemeente, long kosten, long afstandKm, List<String> redenen) {
    }

    public record ZonderVoorstel(UUID verzoek, UUID huishouden, Gastgezinregister.Gemeente huishoudenGemeente, int personen,
            List<String> redenen) {
    }

    public record Voorstellen(List<Voorstel> voorstellen, List<ZonderVoorstel> zonderVoorstel, long totaleKosten, long kostenGretig,
            String kostenuitleg) {
    }

    private final Gastgezinregister register;

    Koppelvoorstellen(Gastgezinregister register) {
        this.register = register;
    }

    @Transactional
    public Voorstellen voorstellen(Gebruiker gebruiker) {
        var in = register.invoerVoorKoppelen(gebruiker);
        var optimaal = Koppelaar.optimaal(in.vragen(), in.gastgezinnen(), in.afstanden());
        var gretig = Koppelaar.gretig(in.vragen(), in.gastgezinnen(), in.afstanden());
        var w = Weergave.in(Berichten.taal());
        var voorstellen = new ArrayList<Voorstel>();
        for (var t : optimaal.toewijzingen()) {
            var v = in.verzoeken().get(t.vraag().id());
            var g = in.gasten().get(t.gastgezin().id());
            var redenen = new ArrayList<String>();
            redenen.add(Berichten.tekst("voorstel.reden.plaatsen", t.gastgezin().vrijePlaatsen(), t.vraag().personen()));
            if (t.vraag().kinderen()) {
                redenen.add(Berichten.tekst("voorstel.reden.kinderen"));
            }
            if (t.vraag().toegankelijk()) {
                redenen.add(Berichten.tekst("voorstel.reden.toegankelijk"));
            }
            if (t.vraag().huisdieren()) {
                redenen.add(Berichten.tekst("voorstel.reden.huisdieren"));
            }
            redenen.add(Berichten.tekst("voorstel.reden.beschikbaar", w.datum(t.vraag().start())));
            redenen.add(Berichten.tekst("voorstel.reden.afstand", w.getal(t.km()), v.gemeente().naam(), g.gemeente().naam()));
            redenen.add(Berichten.tekst(t.gedeeldeTaal() ? "voorstel.reden.taal" : "voorstel.reden.geenTaal"));
            if (t.maandenTeKort() > 0) {
                redenen.add(Berichten.tekst("voorstel.reden.teKort", t.maandenTeKort()));
            }
            if (t.legePlaatsen() > 0) {
                redenen.add(Berichten.tekst("voorstel.reden.leeg", t.legePlaatsen()));
            }
            voorstellen.add(new Voorstel(v.id(), v.huishouden(), v.gemeente(), v.personen(), g.id(), g.naam(), g.gemeente(), t.kosten(),
                    t.km(), List.copyOf(redenen)));
        }
        var zonder = new ArrayList<ZonderVoorstel>();
        for (var vraag : optimaal.zonder()) {
            var v = in.verzoeken().get(vraag.id());
            // Per hard rule, how many approved hosts it rules out: tells the matcher what to look for.
            var telling = new EnumMap<Koppelaar.Regel, Integer>(Koppelaar.Regel.class);
            int mogelijk = 0;
            for (var g : in.gastgezinnen()) {
                var s = Koppelaar.schendingen(vraag, g);
                s.forEach(r -> telling.merge(r, 1, Integer::sum));
                if (s.isEmpty()) {
                    mogelijk++;
                }
            }
            var redenen = new ArrayList<String>();
            redenen.add(mogelijk == 0 ? Berichten.tekst("voorstel.zonder.geen", in.gastgezinnen().size())
                    : Berichten.tekst("voorstel.zonder.bezet", mogelijk));
            telling.forEach((r, n) -> redenen.add(Berichten.tekst("voorstel.regel." + r.name().toLowerCase(java.util.Locale.ROOT), n)));
            zonder.add(new ZonderVoorstel(v.id(), v.huishouden(), v.gemeente(), v.personen(), List.copyOf(redenen)));
        }
        return new Voorstellen(List.copyOf(voorstellen), List.copyOf(zonder), optimaal.totaleKosten(), gretig.totaleKosten(),
                Berichten.tekst("voorstel.kostenuitleg", Koppelaar.PER_KM, Koppelaar.GEEN_GEDEELDE_TAAL, Koppelaar.PER_MAAND_TE_KORT,
                        Koppelaar.PER_LEGE_PLAATS, w.getal(Koppelaar.ONGEKOPPELD)));
    }
}
