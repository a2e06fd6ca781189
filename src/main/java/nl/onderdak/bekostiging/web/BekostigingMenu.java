package nl.onderdak.bekostiging.web;

import java.util.List;
import nl.onderdak.toegang.Menubijdrage;
import nl.onderdak.toegang.Rol;
import org.springframework.stereotype.Component;

/** The main-menu entries of bekostiging. */
@Component
class BekostigingMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.claim", "/bekostiging", 50, g -> g != null && (g.isGemeenteMedewerker() || g.heeft(Rol.NOO_MEDEWERKER)
                        || g.heeft(Rol.BEHEERDER) || g.heeft(Rol.OPGAVE_VASTSTELLER))),
                new Ingang("menu.declaraties", "/declaraties", 60, g -> g != null && (g.isGemeenteMedewerker() || g.heeft(Rol.NOO_MEDEWERKER))),
                new Ingang("menu.transitievergoedingen", "/transitievergoedingen", 160, g -> g != null && (g.isGemeenteMedewerker() || g.heeft(Rol.NOO_MEDEWERKER))),
                new Ingang("menu.regiokosten", "/regiokosten", 170, g -> g != null && (g.heeft(Rol.REGIO_COORDINATOR) || g.heeft(Rol.NOO_MEDEWERKER)
                        || g.heeft(Rol.OPGAVE_VASTSTELLER))));
    }
}
