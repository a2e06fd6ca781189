// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.gebieden.Kaarten;
import nl.onderdak.opgave.Opgavebesluiten;
import nl.onderdak.opgave.Verdeelsleutel;
import nl.onderdak.opgave.internal.OpgaveInvoer;
import nl.onderdak.opgave.internal.Opgavelezer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Toegang;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for the distribution key (with map) and the target decisions. */
@Controller
class OpgavePagina {

    static final String STANDAARD_TOTAAL = "90000";

    private final Opgavebesluiten besluiten;
    private final Opgavelezer lezer;
    private final Kaarten kaarten;
    private final Toegang toegang;

    OpgavePagina(Opgavebesluiten besluiten, Opgavelezer lezer, Kaarten kaarten, Toegang toegang) {
        this.besluiten = besluiten;
        this.lezer = lezer;
        this.kaarten = kaarten;
        this.toegang = toegang;
    }

    @GetMapping("/verdeelsleutel")
    String verdeelsleutel(@RequestParam(required = false) String totaal, @RequestParam(required = false) String peiljaar,
            Model model) {
        var peiljaren = besluiten.peiljaren();
        var gekozenTotaal = totaal == null ? STANDAARD_TOTAAL : totaal;
        var gekozenJaar = peiljaar == null ? String.valueOf(peiljaren.getFirst()) : peiljaar;
        model.addAttribute("totaal", gekozenTotaal);
        model.addAttribute("peiljaar", gekozenJaar);
        model.addAttribute("peiljaren", peiljaren);
        model.addAttribute("formule", OpgaveApi.FORMULE);
        try {
            var vraag = lezer.verdeelvraag(gekozenTotaal, gekozenJaar);
            var verdeling = besluiten.verdeel(vraag.landelijkTotaal(), vraag.peiljaar());
            model.addAttribute("verdeling", verdeling);
            model.addAttribute("kaart", Kaart.van(verdeling.regios(), kaarten.regiovormen(verdeling.indeling())));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        }
        return "opgave/verdeelsleutel";
    }

    @GetMapping("/opgavebesluiten")
    String lijst(Model model) {
        model.addAttribute("besluiten", besluiten.alle());
        model.addAttribute("magVastleggen", magVastleggen());
        return "opgave/opgavebesluiten";
    }

    @GetMapping("/opgavebesluiten/{id}")
    String besluit(@PathVariable String id, Model model) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NietGevonden("Opgavebesluit");
        }
        var besluit = besluiten.vind(uuid).orElseThrow(() -> new NietGevonden("Opgavebesluit"));
        model.addAttribute("besluit", besluit);
        model.addAttribute("kaart", Kaart.van(besluit.regios(),
                kaarten.regiovormen(besluit.halfjaar().begin())));
        return "opgave/opgavebesluit";
    }

    @GetMapping("/opgavebesluiten/nieuw")
    String nieuw(Model model) {
        vereisRol();
        model.addAttribute("invoer", new OpgaveInvoer("", "", "", "", false, "", ""));
        model.addAttribute("peiljaren", besluiten.peiljaren());
        return "opgave/opgavebesluit-nieuw";
    }

    @PostMapping("/opgavebesluiten/nieuw")
    String legVast(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        var gebruiker = vereisRol();
        var invoer = new OpgaveInvoer(p.get("halfjaar"), p.get("landelijkTotaal"), p.get("peiljaar"),
                p.get("aankondigingsdatum"), "ja".equals(p.get("spoed")), p.get("spoedReden"), p.get("toelichting"));
        try {
            var besluit = besluiten.legVast(lezer.besluit(invoer), gebruiker);
            redirect.addFlashAttribute("vastgelegd", true);
            return "redirect:/opgavebesluiten/" + besluit.id();
        } catch (OngeldigeInvoer e) {
            model.addAttribute("invoer", invoer);
            model.addAttribute("peiljaren", besluiten.peiljaren());
            model.addAttribute("fouten", e.alsKaart());
            return "opgave/opgavebesluit-nieuw";
        }
    }

    private boolean magVastleggen() {
        return Opgavebesluiten.magVastleggen(toegang.huidigeGebruiker().orElse(null));
    }

    private String vereisRol() {
        var gebruiker = toegang.huidigeGebruiker().filter(Opgavebesluiten::magVastleggen)
                .orElseThrow(() -> new AccessDeniedException("geen rol om opgavebesluiten vast te leggen"));
        return gebruiker.gebruikersnaam();
    }

    /** A choropleth of regional targets in five classes of equal width between the lowest and highest target. */
    record Kaart(List<Vlak> vlakken, List<Klasse> legenda) {

        record Vlak(String code, String naam, String pad, String kleur, int opgave) {
        }

        record Klasse(int index, String kleur, int van, int tot) {
        }

        /** Light to dark blue; each step differs clearly and the darkest still contrasts with the white borders. */
        static final List<String> KLEUREN = List.of("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c");

        static Kaart van(List<Verdeelsleutel.RegioOpgave> regios, List<Kaarten.Regiovorm> vormen) {
            int min = regios.stream().mapToInt(Verdeelsleutel.RegioOpgave::opgave).min().orElse(0);
            int max = regios.stream().mapToInt(Verdeelsleutel.RegioOpgave::opgave).max().orElse(0);
            double stap = Math.max(1, (max - min + 1) / (double) KLEUREN.size());
            var legenda = new java.util.ArrayList<Klasse>();
            for (int k = 0; k < KLEUREN.size(); k++) {
                int van = (int) Math.ceil(min + k * stap);
                int tot = k == KLEUREN.size() - 1 ? max : (int) Math.ceil(min + (k + 1) * stap) - 1;
                if (van <= tot) {
                    legenda.add(new Klasse(k, KLEUREN.get(k), van, tot));
                }
            }
            var vlakken = vormen.stream().flatMap(v -> regios.stream().filter(r -> r.code().equals(v.code()))
                    .map(r -> new Vlak(r.code(), r.naam(), v.pad(),
                            KLEUREN.get(Math.min(KLEUREN.size() - 1, (int) ((r.opgave() - min) / stap))), r.opgave())))
                    .toList();
            return new Kaart(vlakken, legenda);
        }
    }
}
