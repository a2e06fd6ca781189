package nl.onderdak;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesHoudenZichAanHunGrenzen() {
        ApplicationModules.of(OnderdakApplication.class).verify();
    }
}
