package nl.onderdak.plaatsing.web;

import java.util.List;
import nl.onderdak.toegang.Menubijdrage;
import nl.onderdak.toegang.Rol;
import org.springframework.stereotype.Component;

/** The main-menu entries of plaatsing. */
@Component
class PlaatsingMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.verzoeken", "/plaatsingsverzoeken", 30, g -> g != null && (g.heeft(Rol.GEMEENTE_MEDEWERKER)
                        || g.heeft(Rol.REGIO_COORDINATOR) || g.heeft(Rol.LCVS_PLAATSER))));
    }
}
