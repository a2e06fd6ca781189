package nl.onderdak.toegang.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Toegang;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/** Puts the logged-in user and the menu that fits their roles on every page. */
@ControllerAdvice(annotations = Controller.class)
class MenuAdvies {

    /** A menu entry: message key, address, and whether it is the current page. */
    record MenuItem(String sleutel, String href, boolean actief) {
    }

    private record Ingang(String sleutel, String href, Predicate<Gebruiker> zichtbaar) {
    }

    private static final List<Ingang> INGANGEN = List.of(
            new Ingang("menu.start", "/", g -> true),
            new Ingang("menu.huishoudens", "/huishoudens", g -> g != null && g.isGemeenteMedewerker()),
            new Ingang("menu.termijnen", "/termijnen", g -> g != null && g.isGemeenteMedewerker()),
            new Ingang("menu.verzoeken", "/plaatsingsverzoeken", g -> g != null && (g.heeft(Rol.GEMEENTE_MEDEWERKER)
                    || g.heeft(Rol.REGIO_COORDINATOR) || g.heeft(Rol.LCVS_PLAATSER))),
            new Ingang("menu.betaalruns", "/betaalruns", g -> g != null && g.isGemeenteMedewerker()),
            new Ingang("menu.claim", "/bekostiging", g -> g != null && (g.isGemeenteMedewerker() || g.heeft(Rol.NOO_MEDEWERKER)
                    || g.heeft(Rol.BEHEERDER) || g.heeft(Rol.OPGAVE_VASTSTELLER))),
            new Ingang("menu.declaraties", "/declaraties", g -> g != null && (g.isGemeenteMedewerker() || g.heeft(Rol.NOO_MEDEWERKER))),
            new Ingang("menu.locaties", "/opvanglocaties", g -> g != null),
            new Ingang("menu.capaciteit", "/capaciteit", g -> g != null),
            new Ingang("menu.kcio", "/rapportage/kcio", g -> g != null),
            new Ingang("menu.gemeenten", "/gemeenten", g -> true),
            new Ingang("menu.regios", "/veiligheidsregios", g -> true),
            new Ingang("menu.verdeelsleutel", "/verdeelsleutel", g -> true),
            new Ingang("menu.opgavebesluiten", "/opgavebesluiten", g -> true),
            new Ingang("menu.cbs", "/beheer/cbs", g -> g != null && g.heeft(Rol.BEHEERDER)),
            new Ingang("menu.tarieven", "/leefgeld/tarieven", g -> g != null && (g.heeft(Rol.BEHEERDER) || g.isGemeenteMedewerker())),
            new Ingang("menu.transitievergoedingen", "/transitievergoedingen", g -> g != null && (g.isGemeenteMedewerker()
                    || g.heeft(Rol.NOO_MEDEWERKER))),
            new Ingang("menu.regiokosten", "/regiokosten", g -> g != null && (g.heeft(Rol.REGIO_COORDINATOR) || g.heeft(Rol.NOO_MEDEWERKER)
                    || g.heeft(Rol.OPGAVE_VASTSTELLER))));

    private final Toegang toegang;

    MenuAdvies(Toegang toegang) {
        this.toegang = toegang;
    }

    @ModelAttribute
    void vulIn(Model model, HttpServletRequest request) {
        var gebruiker = toegang.huidigeGebruiker().orElse(null);
        model.addAttribute("gebruiker", gebruiker);
        var pad = request.getRequestURI();
        var menu = new ArrayList<MenuItem>();
        for (var ingang : INGANGEN) {
            if (ingang.zichtbaar().test(gebruiker)) {
                boolean actief = ingang.href().equals("/") ? pad.equals("/") : pad.startsWith(ingang.href());
                menu.add(new MenuItem(ingang.sleutel(), ingang.href(), actief));
            }
        }
        model.addAttribute("menu", menu);
    }
}
