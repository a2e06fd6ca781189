// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.demo;

import java.time.LocalDate;
import nl.onderdak.opgave.Halfjaar;
import nl.onderdak.opgave.NieuwOpgavebesluit;
import nl.onderdak.opgave.Opgavebesluiten;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The target decision of the letter of 16 December 2022 (90,000 places by 1 July 2023, CBS figures of
 * 2022), marked as demo in its explanation.
 */
@Component
@Profile("demo")
class DemoOpgavebesluiten implements Demostap {

    private final Opgavebesluiten besluiten;

    DemoOpgavebesluiten(Opgavebesluiten besluiten) {
        this.besluiten = besluiten;
    }

    @Override
    public String stap() {
        return "opgavebesluiten";
    }

    @Override
    public void maak() {
        besluiten.legVast(new NieuwOpgavebesluit(new Halfjaar(2023, 2), 90_000, 2022, LocalDate.of(2022, 12, 16), false, null,
                "DEMOGEGEVENS. Naar de brief van de staatssecretaris van JenV van 16 december 2022: "
                        + "opschaling naar 90.000 plekken per 1 juli 2023, verdeelsleutel van bijlage 1."),
                "demo");
    }
}
