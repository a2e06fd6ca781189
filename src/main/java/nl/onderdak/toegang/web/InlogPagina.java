package nl.onderdak.toegang.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form of the demo profile; production logs in through OIDC instead. */
@Controller
class InlogPagina {

    @GetMapping("/inloggen")
    String inloggen() {
        return "inloggen";
    }
}
