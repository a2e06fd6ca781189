// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Bewonerwijzigingen;
import nl.onderdak.bewoners.Huishouden;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import nl.onderdak.bewoners.Huishoudenpagina;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Weergave;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A household's page: members and likely duplicates, merging two records of one person, and the
 * sections other modules add ({@link Huishoudenpagina.Deel}; where the household sleeps comes from plaatsing).
 */
@Controller
class HuishoudenPagina implements Huishoudenpagina {

    static final String SJABLOON = "bewoners/huishouden";

    private final Huishoudens huishoudens;
    private final Bewonerwijzigingen wijzigingen;
    private final ObjectProvider<Huishoudenpagina.Deel> delen;
    private final Toegang toegang;
    private final Clock clock;
    private final MessageSource berichten;

    HuishoudenPagina(Huishoudens huishoudens, Bewonerwijzigingen wijzigingen, ObjectProvider<Huishoudenpagina.Deel> delen,
            Toegang toegang, Clock clock, MessageSource berichten) {
        this.huishoudens = huishoudens;
        this.wijzigingen = wijzigingen;
        this.berichten = berichten;
        this.delen = delen;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}")
    String huishouden(@PathVariable String id, Model model) {
        return toon(uuid(id), toegang.vereisGebruiker(), model, Map.of(), null);
    }

    @Override
    public String toon(UUID id, Gebruiker gebruiker, Model model, Map<String, String> invoer, @Nullable Map<String, String> fouten) {
        var scope = toegang.scopeVan(gebruiker);
        var huishouden = huishoudens.bekijk(id, gebruiker, scope).orElseThrow(() -> new NietGevonden("Huishouden"));
        boolean gemeente = gebruiker.isGemeenteMedewerker();
        model.addAttribute("huishouden", huishouden);
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("volledig", gemeente);
        model.addAttribute("invoer", invoer);
        model.addAttribute("fouten", fouten);
        var secties = delen.orderedStream().toList();
        for (var deel : secties) {
            deel.vul(huishouden, gebruiker, model);
        }
        model.addAttribute("delen", secties.stream().map(Huishoudenpagina.Deel::fragment).toList());
        model.addAttribute("titel", titel(huishouden, gemeente));
        model.addAttribute("geschiedenis", gemeente ? wijzigingen.geschiedenis(huishouden.id()).stream().map(this::regel).toList()
                : List.of());
        if (gemeente) {
            model.addAttribute("dubbelen", huishouden.leden().stream()
                    .collect(Collectors.toMap(Bewoner::id, b -> huishoudens.waarschijnlijkeDubbelen(b, gebruiker, scope)
                            .stream().filter(d -> !d.huishoudenId().equals(huishouden.id())).toList())));
        } else {
            model.addAttribute("dubbelen", Map.<UUID, List<Bewoner>>of());
        }
        return SJABLOON;
    }

    @PostMapping("/bewoners/{id}/samenvoegen")
    String voegSamen(@PathVariable String id, @RequestParam(required = false) @Nullable String dubbel, RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var scope = toegang.scopeVan(gebruiker);
        try {
            var behouden = huishoudens.voegSamen(uuid(id), uuid(dubbel == null ? "" : dubbel), gebruiker, scope);
            redirect.addFlashAttribute("melding", "bewoner.samengevoegd");
            return "redirect:/huishoudens/" + behouden.huishoudenId();
        } catch (Conflict | OngeldigeInvoer e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/huishoudens";
        }
    }

    /** One line of the history as the page shows it: in words, dates and times in Dutch notation. */
    record Geschiedenisregel(String op, String door, String wie, String wat, String voor, String na, String reden) {
    }

    private static final java.util.Set<String> DATUMS = java.util.Set.of("geboortedatum", "brpDatum", "indUitgenodigdOp",
            "indAfspraakOp", "beschermingTot");
    private static final Map<String, String> CODES = Map.of("geslacht", "geslacht.", "nationaliteitCategorie", "nationaliteit.",
            "brpStatus", "brp.", "indStatus", "ind.");

    private Geschiedenisregel regel(Bewonerwijzigingen.Wijziging w) {
        var taal = LocaleContextHolder.getLocale();
        var weergave = Weergave.in(taal);
        var wat = switch (w.soort()) {
            case GEWIJZIGD -> berichten.getMessage("bewoner." + w.veld(), null, w.veld(), taal);
            default -> berichten.getMessage("geschiedenis." + w.soort().code(), null, taal);
        };
        return new Geschiedenisregel(weergave.tijdstip(w.op()), w.door(), w.naam() == null ? "–" : w.naam(), wat,
                waarde(w, w.voor(), weergave), waarde(w, w.na(), weergave), w.reden() == null ? "" : w.reden());
    }

    private String waarde(Bewonerwijzigingen.Wijziging w, @Nullable String waarde, Weergave weergave) {
        var taal = LocaleContextHolder.getLocale();
        if (waarde == null || waarde.isEmpty()) {
            return "–";
        }
        if (w.soort() != Bewonerwijzigingen.Soort.GEWIJZIGD) {
            // A split names the household by its page, not by its id.
            return w.veld() != null && w.veld().equals("huishouden") ? "" : waarde;
        }
        if (DATUMS.contains(w.veld())) {
            return weergave.datum(LocalDate.parse(waarde));
        }
        if (CODES.containsKey(w.veld())) {
            return berichten.getMessage(CODES.get(w.veld()) + waarde, null, waarde, taal);
        }
        if (waarde.equals("ja") || waarde.equals("nee")) {
            return berichten.getMessage("geschiedenis." + waarde, null, waarde, taal);
        }
        return waarde;
    }

    /**
     * A title of its own per household: "Huishouden Petrenko" (the surnames of its members, the oldest
     * first) for the gemeente; initials only for a viewer who may not see names.
     */
    private String titel(Huishouden h, boolean volledig) {
        var namen = h.leden().stream().map(b -> volledig ? b.achternaam() : b.achternaam().substring(0, 1) + ".").distinct().limit(3)
                .collect(Collectors.joining(", "));
        return berichten.getMessage("huishouden.titelMet", new Object[] {namen}, LocaleContextHolder.getLocale());
    }

    private static UUID uuid(String id) {
        return Invoer.idInAdres(id, "Huishouden");
    }
}
