package nl.onderdak.bewoners.web;

import java.util.List;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of bewoners. */
@Component
class BewonersMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.huishoudens", "/huishoudens", 10, g -> g != null && g.isGemeenteMedewerker()),
                new Ingang("menu.termijnen", "/termijnen", 20, g -> g != null && g.isGemeenteMedewerker()));
    }
}
