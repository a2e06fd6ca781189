// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.logboek.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderdak.logboek.Ketencontrole;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.OngeldigeInvoer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The check of the processing log's hash chain for the national administrator (role beheer): a page
 * under /beheer (secured as /beheer/**); {@link VerwerkingslogControleApi} gives the same as JSON. Both name only a record's number and
 * time, never what it holds. An optional anchor (a volgnummer and the hash written down earlier) also
 * catches records removed from the end or a chain rewritten by the database's owner.
 */
@Controller
class VerwerkingslogControle {

    private final Ketencontrole controle;

    VerwerkingslogControle(Ketencontrole controle) {
        this.controle = controle;
    }

    @GetMapping("/beheer/verwerkingslog/controle")
    String pagina(@RequestParam(required = false) String volgnummer, @RequestParam(required = false) String hash, Model model) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var anker = anker(volgnummer, hash, fouten);
        model.addAttribute("invoer", Map.of("volgnummer", volgnummer == null ? "" : volgnummer, "hash", hash == null ? "" : hash));
        if (!fouten.isEmpty()) {
            var kaart = new LinkedHashMap<String, String>();
            fouten.forEach(f -> kaart.put(f.name(), f.reason()));
            model.addAttribute("fouten", kaart);
            return "beheer/verwerkingslog-controle";
        }
        model.addAttribute("uitslag", controle.controleer(anker));
        model.addAttribute("metAnker", anker != null);
        return "beheer/verwerkingslog-controle";
    }

    /** Both or neither: a volgnummer (a whole number from 1) and a hash of 64 hexadecimal characters. */
    static Ketencontrole.@Nullable Anker anker(@Nullable String volgnummer, @Nullable String hash, List<OngeldigeInvoer.Veld> fouten) {
        var nummer = volgnummer == null ? "" : volgnummer.strip().replace(".", "");
        var h = hash == null ? "" : hash.strip();
        if (nummer.isEmpty() && h.isEmpty()) {
            return null;
        }
        long n = 0;
        if (nummer.isEmpty()) {
            fouten.add(new OngeldigeInvoer.Veld("volgnummer", Berichten.tekst("logboek.fout.volgnummerNodig")));
        } else if (!nummer.matches("[0-9]{1,18}") || (n = Long.parseLong(nummer)) < 1) {
            fouten.add(new OngeldigeInvoer.Veld("volgnummer", Berichten.tekst("logboek.fout.volgnummer")));
        }
        if (h.isEmpty()) {
            fouten.add(new OngeldigeInvoer.Veld("hash", Berichten.tekst("logboek.fout.hashNodig")));
        } else if (!h.matches("[0-9a-fA-F]{64}")) {
            fouten.add(new OngeldigeInvoer.Veld("hash", Berichten.tekst("logboek.fout.hash")));
        }
        return fouten.isEmpty() ? new Ketencontrole.Anker(n, h) : null;
    }
}
