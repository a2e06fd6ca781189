// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.web;

import java.util.UUID;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.Huishoudenpagina;
import nl.onderdak.gastgezinnen.internal.Gastgezinregister;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The private-reception section of the household page: a gemeente employee sees whether a request for a
 * host family runs, or a button to file one ({@code /huishoudens/{id}/gastgezinverzoek}). Only the
 * household's own gemeente files requests, so others see nothing here; bewoners checked the scope
 * already. It shows no member data, so it logs nothing.
 */
@Component
class GastgezinOpHuishoudenpagina implements Huishoudenpagina.Deel {

    record Deel(UUID huishouden, Gastgezinregister.@Nullable LopendVerzoek verzoek) {
    }

    private final Gastgezinregister register;

    GastgezinOpHuishoudenpagina(Gastgezinregister register) {
        this.register = register;
    }

    @Override
    public String fragment() {
        return "gastgezinnen/huishouden :: gastgezin";
    }

    @Override
    public void vul(Huishouden huishouden, Gebruiker gebruiker, Model model) {
        if (!Gastgezinregister.isGemeente(gebruiker)) {
            model.addAttribute("gastgezinDeel", null);
            return;
        }
        model.addAttribute("gastgezinDeel", new Deel(huishouden.id(), register.lopendVerzoek(huishouden.id()).orElse(null)));
    }
}
