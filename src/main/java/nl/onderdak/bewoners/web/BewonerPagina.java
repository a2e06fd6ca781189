// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Bewonerwijzigingen;
import nl.onderdak.bewoners.Huishoudenlijst;
import nl.onderdak.bewoners.Huishoudenpagina;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.LidInvoer;
import nl.onderdak.bewoners.internal.TeVaakGeweigerd;
import nl.onderdak.bewoners.internal.VersieVerouderd;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keeping a record current in the browser: correcting every field of a person (with the version the
 * form was filled from, so a change by someone else in between is shown, not overwritten), adding a
 * member, splitting members off or removing one with a reason (both after a confirmation), and the
 * person's access request (AVG art. 15) as a printable page.
 */
@Controller
class BewonerPagina {

    /** The fields of the correction form, in the order the form shows them. */
    static final List<String> VELDEN = Bewonerwijzigingen.VELDEN;
    static final List<String> VINKJES = List.of("alleenreizendMinderjarig", "medischeZorg", "toegankelijkheid");

    private final Bewonerwijzigingen wijzigingen;
    private final Huishoudens huishoudens;
    private final Huishoudenlijst lijst;
    private final Huishoudenpagina pagina;
    private final Toegang toegang;
    private final java.time.Clock clock;

    BewonerPagina(Bewonerwijzigingen wijzigingen, Huishoudens huishoudens, Huishoudenlijst lijst, Huishoudenpagina pagina,
            Toegang toegang, java.time.Clock clock) {
        this.clock = clock;
        this.wijzigingen = wijzigingen;
        this.huishoudens = huishoudens;
        this.lijst = lijst;
        this.pagina = pagina;
        this.toegang = toegang;
    }

    @GetMapping("/bewoners/{id}/wijzigen")
    String formulier(@PathVariable String id, Model model) {
        var gebruiker = toegang.vereisGebruiker();
        var bewoner = wijzigingen.bekijk(bewonerId(id), gebruiker, toegang.scopeVan(gebruiker));
        return toon(bewoner, waarden(bewoner), null, model);
    }

    @PostMapping("/bewoners/{id}/wijzigen")
    String wijzig(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var scope = toegang.scopeVan(gebruiker);
        var bewonerId = bewonerId(id);
        var patch = new HashMap<String, Object>();
        for (var veld : VELDEN) {
            if (VINKJES.contains(veld)) {
                patch.put(veld, p.containsKey(veld));
            } else if (veld.equals("identiteitsdocumenten")) {
                var tekst = p.getOrDefault(veld, "");
                patch.put(veld, java.util.Arrays.stream(tekst.split(",")).map(String::strip).filter(d -> !d.isEmpty()).toList());
            } else if (veld.equals("bsn")) {
                // The form never shows the BSN; an empty field keeps it, a number typed sets it (checked as at intake).
                if (Invoer.schoon(p.get(veld)) != null) {
                    patch.put(veld, p.get(veld));
                }
            } else {
                patch.put(veld, Invoer.schoon(p.get(veld)));
            }
        }
        Integer versie = null;
        try {
            versie = Integer.valueOf(p.getOrDefault("versie", ""));
        } catch (NumberFormatException e) {
            // Without a version the change is applied to the latest values, as in the API without If-Match.
        }
        try {
            var bewoner = wijzigingen.wijzig(bewonerId, patch, versie, gebruiker, scope);
            redirect.addFlashAttribute("melding", "bewoner.gewijzigd");
            return "redirect:/huishoudens/" + bewoner.huishoudenId() + "#geschiedenis";
        } catch (OngeldigeInvoer e) {
            var bewoner = wijzigingen.bekijk(bewonerId, gebruiker, scope);
            var invoer = new LinkedHashMap<String, String>();
            VELDEN.forEach(v -> invoer.put(v, VINKJES.contains(v) ? (p.containsKey(v) ? "ja" : "") : p.getOrDefault(v, "")));
            invoer.put("versie", p.getOrDefault("versie", ""));
            return toon(bewoner, invoer, e.alsKaart(), model);
        } catch (VersieVerouderd e) {
            var bewoner = wijzigingen.bekijk(bewonerId, gebruiker, scope);
            model.addAttribute("verouderd", e.getMessage());
            return toon(bewoner, waarden(bewoner), null, model);
        } catch (Conflict | TeVaakGeweigerd e) {
            var bewoner = wijzigingen.bekijk(bewonerId, gebruiker, scope);
            var invoer = new LinkedHashMap<String, String>();
            VELDEN.forEach(v -> invoer.put(v, VINKJES.contains(v) ? (p.containsKey(v) ? "ja" : "") : p.getOrDefault(v, "")));
            invoer.put("bsn", "");
            invoer.put("versie", p.getOrDefault("versie", ""));
            return toon(bewoner, invoer, Map.of("bsn", e.getMessage()), model);
        }
    }

    private String toon(Bewoner bewoner, Map<String, String> invoer, @Nullable Map<String, String> fouten, Model model) {
        model.addAttribute("bewoner", bewoner);
        model.addAttribute("invoer", invoer);
        model.addAttribute("fouten", fouten);
        return "bewoners/wijzigen";
    }

    /** The current values as the form shows them; the BSN is not put back into the page (it is typed anew to change it). */
    private static Map<String, String> waarden(Bewoner b) {
        var w = new LinkedHashMap<String, String>();
        Bewonerwijzigingen.formulierwaarden(b).forEach((k, v) -> w.put(k, v == null ? "" : v));
        w.put("identiteitsdocumenten", String.join(", ", b.identiteitsdocumenten()));
        VINKJES.forEach(v -> w.put(v, "ja".equals(w.get(v)) ? "ja" : ""));
        w.put("bsn", "");
        w.put("versie", Integer.toString(b.versie()));
        return w;
    }

    @PostMapping("/huishoudens/{id}/leden")
    String voegLidToe(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var huishouden = huishoudenId(id);
        var lid = new LidInvoer(p.get("nieuw-voornaam"), p.get("nieuw-achternaam"), p.get("nieuw-voornaamOrigineel"),
                p.get("nieuw-achternaamOrigineel"), p.get("nieuw-geboortedatum"), p.get("nieuw-geslacht"),
                p.get("nieuw-nationaliteitCategorie"), List.of(), p.get("nieuw-bsn"), null, null, null, null, null, null,
                false, false, false, p.get("nieuw-taal"));
        try {
            wijzigingen.voegLidToe(huishouden, lid, gebruiker, toegang.scopeVan(gebruiker));
            redirect.addFlashAttribute("melding", "huishouden.lidToegevoegd");
            return "redirect:/huishoudens/" + huishouden + "#geschiedenis";
        } catch (OngeldigeInvoer e) {
            return opnieuw(huishouden, gebruiker, p, metVoorvoegsel("nieuw-", e.alsKaart()), model);
        } catch (Conflict | TeVaakGeweigerd e) {
            return opnieuw(huishouden, gebruiker, p, Map.of("nieuw-bsn", e.getMessage()), model);
        }
    }

    @PostMapping("/huishoudens/{id}/splitsen")
    String splits(@PathVariable String id, @RequestParam MultiValueMap<String, String> p, Model model, RedirectAttributes redirect) {
        return splits(id, p.getOrDefault("splits-leden", List.of()), p.getFirst("splits-reden"), "splits-",
                Bewonerwijzigingen.Soort.AFGESPLITST, p, model, redirect);
    }

    @PostMapping("/huishoudens/{id}/lid-verwijderen")
    String verwijder(@PathVariable String id, @RequestParam MultiValueMap<String, String> p, Model model,
            RedirectAttributes redirect) {
        var lid = p.getFirst("verwijder-leden");
        return splits(id, lid == null || lid.isBlank() ? List.of() : List.of(lid), p.getFirst("verwijder-reden"), "verwijder-",
                Bewonerwijzigingen.Soort.LID_VERWIJDERD, p, model, redirect);
    }

    private String splits(String id, List<String> leden, @Nullable String reden, String voorvoegsel, Bewonerwijzigingen.Soort soort,
            MultiValueMap<String, String> p, Model model, RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var huishouden = huishoudenId(id);
        var ids = new ArrayList<UUID>();
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        for (var lid : leden) {
            var u = Invoer.id(lid, "leden", Berichten.tekst("bewoner.fout.lidUitLijst"), fouten);
            if (u != null) {
                ids.add(u);
            }
        }
        try {
            if (!fouten.isEmpty()) {
                throw new OngeldigeInvoer(fouten);
            }
            var nieuw = wijzigingen.splits(huishouden, ids, reden, soort, gebruiker, toegang.scopeVan(gebruiker));
            redirect.addFlashAttribute("melding", soort == Bewonerwijzigingen.Soort.AFGESPLITST ? "huishouden.gesplitst" : "huishouden.lidEruit");
            redirect.addFlashAttribute("nieuwHuishouden", nieuw);
            return "redirect:/huishoudens/" + huishouden + "#geschiedenis";
        } catch (OngeldigeInvoer e) {
            var invoer = new HashMap<String, String>();
            invoer.put(voorvoegsel + "reden", reden == null ? "" : reden);
            invoer.put(voorvoegsel + "leden", String.join(",", leden));
            return opnieuw(huishouden, gebruiker, invoer, metVoorvoegsel(voorvoegsel, e.alsKaart()), model);
        }
    }

    private String opnieuw(UUID huishouden, Gebruiker gebruiker, Map<String, String> invoer, Map<String, String> fouten, Model model) {
        return pagina.toon(huishouden, gebruiker, model, invoer, fouten);
    }

    private static Map<String, String> metVoorvoegsel(String voorvoegsel, Map<String, String> fouten) {
        var m = new LinkedHashMap<String, String>();
        fouten.forEach((k, v) -> m.put(voorvoegsel + k, v));
        return m;
    }

    @GetMapping("/bewoners/{id}/inzage")
    String inzage(@PathVariable String id, Model model) {
        var gebruiker = toegang.vereisGebruiker();
        var scope = toegang.scopeVan(gebruiker);
        var bewonerId = bewonerId(id);
        var regels = huishoudens.inzage(bewonerId, gebruiker, scope);
        model.addAttribute("bewoner", wijzigingen.bekijk(bewonerId, gebruiker, scope));
        model.addAttribute("regels", regels);
        model.addAttribute("opgesteld", clock.instant());
        model.addAttribute("organisaties", lijst.organisatienamen(regels.stream().map(r -> r.organisatie()).distinct().toList()));
        return "bewoners/inzage";
    }

    private static UUID bewonerId(String id) {
        return Invoer.idInAdres(id, "Bewoner");
    }

    private static UUID huishoudenId(String id) {
        return Invoer.idInAdres(id, "Huishouden");
    }
}
