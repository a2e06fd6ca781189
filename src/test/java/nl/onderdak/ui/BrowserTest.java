// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the application on a random port, a fresh Chromium context per test
 * (Dutch locale, downloads allowed), login as a demo user, finding fields by their label, and axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    @LocalServerPort
    int poort;

    BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowser() {
        context = Browser.chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("nl-NL").setAcceptDownloads(true));
        // Behaviour, not speed, is checked here (speed lives in the benchmarks): on the shared 2-core CI machine,
        // with two test JVMs and their browsers, one answer once took longer than Playwright's default 30 s.
        context.setDefaultTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void sluitBrowser() {
        context.close();
    }

    String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    void login(String gebruiker) {
        page.navigate(url("/inloggen"));
        veld("Gebruikersnaam").fill(gebruiker);
        veld("Wachtwoord").fill("onderdak-demo");
        knop("Inloggen").click();
        page.waitForURL(url("/"));
    }

    Locator veld(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /**
     * Ticks a checkbox or chooses a radio button with the space bar, as a keyboard user does. A mouse
     * click goes to screen coordinates: on the loaded CI machine one once landed while the form still
     * settled and left the box empty ("Clicking the checkbox did not change its state"). The keyboard
     * reaches the field itself.
     */
    static void aanvinken(Locator keuze) {
        if (!keuze.isChecked()) {
            keuze.press("Space");
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(keuze).isChecked();
    }

    Locator knop(String naam) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true));
    }

    Locator link(String naam) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam).setExact(true));
    }

    /** An element by id, also when the id holds characters CSS would need escaped ({@code leden[0].bsn}). */
    Locator id(String id) {
        return page.locator("[id='" + id + "']");
    }

    /** The error message next to a form field. */
    Locator fout(String veld) {
        return id(veld + "-fout");
    }

    void zonderAxeOvertredingen() {
        assertThat(Browser.axeOvertredingen(page)).as("axe-overtredingen op " + page.url()).isEmpty();
    }
}
