package nl.onderdak.locaties.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import nl.onderdak.platform.OngeldigeInvoer;

/** Reading query parameters of the locations pages and API, with a message that names the parameter. */
final class LocatieParameters {

    private LocatieParameters() {
    }

    static Optional<LocalDate> datum(String waarde, String naam) {
        if (waarde == null || waarde.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(waarde.strip()));
        } catch (DateTimeParseException e) {
            throw OngeldigeInvoer.veld(naam, "'" + waarde + "' is geen datum; gebruik JJJJ-MM-DD.");
        }
    }
}
