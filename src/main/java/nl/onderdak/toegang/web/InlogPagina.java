// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login form of the demo profile; production logs in through OIDC instead, so there this address
 * (the menu's "Inloggen" link) sends the browser on to the identity provider. After a refused login
 * it says why: wrong name or password ({@code ?fout}), too many failed attempts with the minutes to
 * wait ({@code ?geblokkeerd=N}), or a database outage ({@code ?storing}) — never "wrong password" when
 * the password could not even be checked.
 */
@Controller
class InlogPagina {

    /** The longest wait the page will state; a larger number in the address is ignored. */
    private static final int MAX_MINUTEN = 24 * 60;

    private final ObjectProvider<ClientRegistrationRepository> oidc;

    InlogPagina(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/inloggen")
    String inloggen(@RequestParam(name = "geblokkeerd", required = false) @Nullable String geblokkeerd, Model model) {
        if (oidc.getIfAvailable() instanceof Iterable<?> registraties
                && registraties.iterator().hasNext() && registraties.iterator().next() instanceof ClientRegistration r) {
            // Production: no form here; Spring Security starts the authorization code flow (with PKCE).
            return "redirect:/oauth2/authorization/" + r.getRegistrationId();
        }
        if (geblokkeerd != null) {
            model.addAttribute("wachtMinuten", minuten(geblokkeerd));
        }
        return "inloggen";
    }

    private static int minuten(String tekst) {
        try {
            var n = Integer.parseInt(tekst.strip());
            return Math.clamp(n, 1, MAX_MINUTEN);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
