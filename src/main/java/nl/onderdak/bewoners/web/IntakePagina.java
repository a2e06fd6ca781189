// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Huishoudenlijst;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.LidInvoer;
import nl.onderdak.bewoners.internal.LidValidatie;
import nl.onderdak.bewoners.internal.TeVaakGeweigerd;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Intake of a household (member blocks added and removed by the server, no script needed; every error
 * names its member; a likely duplicate is warned about before anything is saved and registered only
 * after an explicit confirmation), the gemeente's list of households (search, filter, sort, pages), and
 * the search by BSN or by name (sent in the body, never in the address).
 */
@Controller
class IntakePagina {

    static final List<String> LIDVELDEN = List.of("voornaam", "achternaam", "voornaamOrigineel", "achternaamOrigineel",
            "geboortedatum", "geslacht", "nationaliteitCategorie", "bsn", "beschermingTot", "taal");
    static final List<String> VINKJES = List.of("alleenreizendMinderjarig", "medischeZorg", "toegankelijkheid");
    static final int MAX_LEDEN = 30;

    private final Huishoudens huishoudens;
    private final Huishoudenlijst lijst;
    private final Toegang toegang;
    private final MessageSource berichten;
    private final Clock clock;

    IntakePagina(Huishoudens huishoudens, Huishoudenlijst lijst, Toegang toegang, MessageSource berichten, Clock clock) {
        this.huishoudens = huishoudens;
        this.lijst = lijst;
        this.toegang = toegang;
        this.berichten = berichten;
        this.clock = clock;
    }

    @GetMapping("/huishoudens")
    String lijst(@RequestParam(required = false) @Nullable String zoek, @RequestParam(required = false) @Nullable String locatie,
            @RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String sorteer,
            @RequestParam(required = false) @Nullable String pagina, @RequestParam(required = false) @Nullable String aantal,
            Model model) {
        var gebruiker = gemeentemedewerker();
        var invoer = new LinkedHashMap<String, String>();
        invoer.put("zoek", zoek == null ? "" : zoek);
        invoer.put("locatie", locatie == null ? "" : locatie);
        invoer.put("status", status == null ? "" : status);
        invoer.put("sorteer", sorteer == null ? "" : sorteer);
        invoer.put("aantal", aantal == null ? "" : aantal);
        model.addAttribute("invoer", invoer);
        model.addAttribute("locaties", lijst.locaties(gebruiker));
        try {
            model.addAttribute("lijst", lijst.zoek(gebruiker, zoek, locatie, status, sorteer, pagina, aantal));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("lijst", lijst.zoek(gebruiker, null, null, null, null, null, null));
        }
        return "bewoners/lijst";
    }

    @GetMapping("/huishoudens/nieuw")
    String nieuw(Model model) {
        gemeentemedewerker();
        model.addAttribute("leden", List.of(leegLid()));
        return "bewoners/nieuw";
    }

    @PostMapping("/huishoudens/nieuw")
    String registreer(@RequestParam Map<String, String> p, @RequestParam(required = false) @Nullable String actie, Model model,
            RedirectAttributes redirect) {
        var gebruiker = gemeentemedewerker();
        var leden = new ArrayList<Map<String, String>>();
        // Blocks are numbered by the page; a gap (a block removed) does not end the list.
        for (int i = 0; i < MAX_LEDEN * 2 && leden.size() < MAX_LEDEN; i++) {
            if (!p.containsKey("leden[" + i + "].voornaam")) {
                continue;
            }
            var lid = new LinkedHashMap<String, String>();
            for (var veld : LIDVELDEN) {
                lid.put(veld, p.getOrDefault("leden[" + i + "]." + veld, ""));
            }
            for (var vinkje : VINKJES) {
                lid.put(vinkje, p.containsKey("leden[" + i + "]." + vinkje) ? "ja" : "");
            }
            leden.add(lid);
        }
        if (leden.isEmpty()) {
            // A post without any block (not from the page): one empty block, whose errors name its fields.
            leden.add(leegLid());
        }
        model.addAttribute("leden", leden);
        if ("toevoegen".equals(actie)) {
            leden.add(leegLid());
            model.addAttribute("focus", "leden[" + (leden.size() - 1) + "].voornaam");
            return "bewoners/nieuw";
        }
        if (actie != null && actie.startsWith("verwijderen-")) {
            int weg = -1;
            try {
                weg = Integer.parseInt(actie.substring("verwijderen-".length()));
            } catch (NumberFormatException e) {
                // An unknown block: nothing to remove.
            }
            if (weg >= 0 && weg < leden.size()) {
                leden.remove(weg);
            }
            if (leden.isEmpty()) {
                leden.add(leegLid());
            }
            model.addAttribute("melding", "huishouden.lidVerwijderd");
            return "bewoners/nieuw";
        }
        // A block left empty (Lid toevoegen clicked once too often) is not a member and blocks nothing.
        var gevuld = new ArrayList<Integer>();
        for (int i = 0; i < leden.size(); i++) {
            if (leden.get(i).values().stream().anyMatch(w -> !w.isBlank())) {
                gevuld.add(i);
            }
        }
        if (gevuld.isEmpty()) {
            gevuld.add(0);
        }
        var invoer = gevuld.stream().map(i -> invoer(leden.get(i))).toList();
        var vandaag = LocalDate.now(clock);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var geldig = new ArrayList<LidValidatie.GeldigLid>();
        for (int j = 0; j < invoer.size(); j++) {
            var l = LidValidatie.valideer(invoer.get(j), "leden[" + gevuld.get(j) + "].", vandaag, fouten);
            if (l != null) {
                geldig.add(l);
            }
        }
        if (!fouten.isEmpty()) {
            model.addAttribute("fouten", metLid(fouten, leden));
            return "bewoners/nieuw";
        }
        if (!"ja".equals(p.get("dubbelBevestigd"))) {
            var scope = toegang.scopeVan(gebruiker);
            var dubbelen = new LinkedHashMap<String, List<Bewoner>>();
            for (int j = 0; j < geldig.size(); j++) {
                var l = geldig.get(j);
                var gevonden = huishoudens.mogelijkDezelfde(l.voornaam(), l.achternaam(), l.geboortedatum(), gebruiker, scope);
                if (!gevonden.isEmpty()) {
                    dubbelen.put(lidNaam(gevuld.get(j), leden.get(gevuld.get(j))), gevonden);
                }
            }
            if (!dubbelen.isEmpty()) {
                model.addAttribute("dubbelen", dubbelen);
                return "bewoners/nieuw";
            }
        }
        try {
            var huishouden = huishoudens.registreer(invoer, gebruiker);
            redirect.addFlashAttribute("melding", "huishouden.geregistreerd");
            return "redirect:/huishoudens/" + huishouden.id();
        } catch (OngeldigeInvoer e) {
            // Numbered by the members sent (blank blocks left out): back to the blocks on the page.
            var terug = e.velden().stream().map(v -> new OngeldigeInvoer.Veld(herschrijf(v.name(), gevuld), v.reason())).toList();
            model.addAttribute("fouten", metLid(terug, leden));
        } catch (Conflict | TeVaakGeweigerd e) {
            // Next to the first BSN typed: the refusal does not say which number exists elsewhere.
            int metBsn = gevuld.getFirst();
            for (int i : gevuld) {
                if (!leden.get(i).get("bsn").isBlank()) {
                    metBsn = i;
                    break;
                }
            }
            model.addAttribute("fouten", Map.of("leden[" + metBsn + "].bsn", lidNaam(metBsn, leden.get(metBsn)) + ": " + e.getMessage()));
        }
        return "bewoners/nieuw";
    }

    /** "leden[1].bsn" of the members sent is "leden[3].bsn" on the page when blocks 1 and 2 were blank. */
    private static String herschrijf(String veld, List<Integer> gevuld) {
        var m = java.util.regex.Pattern.compile("^leden\\[(\\d+)\\](.*)$").matcher(veld);
        if (m.matches()) {
            int j = Integer.parseInt(m.group(1));
            if (j < gevuld.size()) {
                return "leden[" + gevuld.get(j) + "]" + m.group(2);
            }
        }
        return veld;
    }

    /** Every message names its member and field: "Lid 2 (Olena), geboortedatum: Geef een datum (JJJJ-MM-DD)." */
    private Map<String, String> metLid(List<OngeldigeInvoer.Veld> fouten, List<Map<String, String>> leden) {
        var kaart = new LinkedHashMap<String, String>();
        var m = java.util.regex.Pattern.compile("^leden\\[(\\d+)\\]\\.(\\w+).*$");
        for (var f : fouten) {
            var matcher = m.matcher(f.name());
            String tekst = f.reason();
            if (matcher.matches()) {
                int i = Integer.parseInt(matcher.group(1));
                var veldnaam = berichten.getMessage("bewoner." + matcher.group(2), null, matcher.group(2), LocaleContextHolder.getLocale());
                tekst = lidNaam(i, i < leden.size() ? leden.get(i) : Map.of()) + ", "
                        + veldnaam.toLowerCase(LocaleContextHolder.getLocale()) + ": " + f.reason();
            }
            kaart.merge(f.name(), tekst, (a, b) -> a + " " + b);
        }
        return kaart;
    }

    private String lidNaam(int i, Map<String, String> lid) {
        var voornaam = lid.getOrDefault("voornaam", "").strip();
        var kop = berichten.getMessage("huishouden.lid", new Object[] {i + 1}, LocaleContextHolder.getLocale());
        return voornaam.isEmpty() ? kop : kop + " (" + voornaam + ")";
    }

    @GetMapping("/bewoners/zoeken")
    String zoekformulier(Model model) {
        gemeentemedewerker();
        model.addAttribute("invoer", Map.of());
        return "bewoners/zoeken";
    }

    @PostMapping("/bewoners/zoeken")
    String zoek(@RequestParam Map<String, String> p, Model model) {
        var gebruiker = gemeentemedewerker();
        // The BSN typed is not sent back into the page, so it does not linger in the browser's history.
        model.addAttribute("invoer", Map.of("naam", p.getOrDefault("naam", ""), "geboortedatum", p.getOrDefault("geboortedatum", "")));
        try {
            model.addAttribute("resultaten", huishoudens.zoek(p.get("bsn"), p.get("naam"), p.get("geboortedatum"), gebruiker,
                    toegang.scopeVan(gebruiker)));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        }
        return "bewoners/zoeken";
    }

    private static Map<String, String> leegLid() {
        var lid = new LinkedHashMap<String, String>();
        LIDVELDEN.forEach(v -> lid.put(v, ""));
        VINKJES.forEach(v -> lid.put(v, ""));
        return lid;
    }

    private static LidInvoer invoer(Map<String, String> l) {
        return new LidInvoer(l.get("voornaam"), l.get("achternaam"), l.get("voornaamOrigineel"), l.get("achternaamOrigineel"),
                l.get("geboortedatum"), l.get("geslacht"), l.get("nationaliteitCategorie"), List.of(), l.get("bsn"), null, null,
                null, null, null, l.get("beschermingTot"), !l.get("alleenreizendMinderjarig").isEmpty(),
                !l.get("medischeZorg").isEmpty(), !l.get("toegankelijkheid").isEmpty(), l.get("taal"));
    }

    private Gebruiker gemeentemedewerker() {
        var gebruiker = toegang.vereisGebruiker();
        gebruiker.eigenGemeente();
        return gebruiker;
    }
}
