package nl.onderdak.leefgeld.web;

import java.util.List;
import nl.onderdak.toegang.Menubijdrage;
import nl.onderdak.toegang.Rol;
import org.springframework.stereotype.Component;

/** The main-menu entries of leefgeld. */
@Component
class LeefgeldMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.betaalruns", "/betaalruns", 40, g -> g != null && g.isGemeenteMedewerker()),
                new Ingang("menu.tarieven", "/leefgeld/tarieven", 150, g -> g != null && (g.heeft(Rol.BEHEERDER) || g.isGemeenteMedewerker())));
    }
}
