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
import nl.onderdak.bewoners.Huishoudenpagina;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.platform.Conflict;
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
    private final ObjectProvider<Huishoudenpagina.Deel> delen;
    private final Toegang toegang;
    private final Clock clock;

    HuishoudenPagina(Huishoudens huishoudens, ObjectProvider<Huishoudenpagina.Deel> delen, Toegang toegang, Clock clock) {
        this.huishoudens = huishoudens;
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

    private static UUID uuid(String id) {
        return Invoer.idInAdres(id, "Huishouden");
    }
}
