package nl.onderdak.toegang;

import java.util.Set;

/** The person logged in: who, for which organisation, with which roles. */
public record Gebruiker(String gebruikersnaam, String weergavenaam, Organisatie organisatie, Set<Rol> rollen) {

    public Gebruiker {
        rollen = Set.copyOf(rollen);
    }

    public boolean heeft(Rol rol) {
        return rollen.contains(rol);
    }
}
