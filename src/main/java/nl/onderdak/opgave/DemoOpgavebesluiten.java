package nl.onderdak.opgave;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: records the target decision of the letter of 16 December 2022 (90,000 places
 * by 1 July 2023, CBS figures of 2022), marked as demo in its explanation. Idempotent.
 */
@Component
@Profile("demo")
@Order(30)
class DemoOpgavebesluiten implements ApplicationRunner {

    private final Opgavebesluiten besluiten;
    private final JdbcClient jdbc;

    DemoOpgavebesluiten(Opgavebesluiten besluiten, JdbcClient jdbc) {
        this.besluiten = besluiten;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from opgave.opgavebesluit").query(Integer.class).single() > 0) {
            return;
        }
        besluiten.legVast(new NieuwOpgavebesluit(new Halfjaar(2023, 2), 90_000, 2022, LocalDate.of(2022, 12, 16), false, null,
                "DEMOGEGEVENS. Naar de brief van de staatssecretaris van JenV van 16 december 2022: "
                        + "opschaling naar 90.000 plekken per 1 juli 2023, verdeelsleutel van bijlage 1."),
                "demo");
    }
}
