// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One headless Chromium for all browser tests. Uses Debian's {@code /usr/bin/chromium} when present
 * (CI installs it); Playwright never downloads a browser of its own.
 */
final class Browser {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static com.microsoft.playwright.Browser browser;
    private static Playwright playwright;

    private Browser() {
    }

    static synchronized com.microsoft.playwright.Browser chromium() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            var opties = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"));
            var debian = Path.of("/usr/bin/chromium");
            if (Files.isExecutable(debian)) {
                opties.setExecutablePath(debian);
            }
            browser = playwright.chromium().launch(opties);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /**
     * Table rows after this many are left out of the axe run. Every row of a table comes from the same
     * template line, so the first rows show what all rows do; a 342-gemeente report otherwise costs axe
     * a minute per width. The word-break and reflow checks ({@link Pagina}) still look at every row.
     */
    static final int RIJEN_VOOR_AXE = 40;

    /**
     * The axe rules whose outcome can change with the window's width on these pages (see RondgangTest):
     * a table that overflows must scroll in a region the keyboard can reach.
     */
    static final List<String> AXE_REGELS_DIE_VAN_DE_BREEDTE_AFHANGEN = List.of("scrollable-region-focusable");

    /** The WCAG 2.1 A and AA violations axe finds on the page, as readable text (empty when none). */
    static String axeOvertredingen(com.microsoft.playwright.Page page) {
        return beschrijf(axe(page).withTags(WCAG_21_AA));
    }

    /** As {@link #axeOvertredingen(com.microsoft.playwright.Page)}, for only the given axe rules. */
    static String axeOvertredingen(com.microsoft.playwright.Page page, List<String> regels) {
        return beschrijf(axe(page).withRules(regels));
    }

    /**
     * Axe as these tests need it, and no more. Legacy mode runs axe in the page itself; the default mode
     * runs it per frame and then finishes in a new browser page it opens for every check, which is how it
     * reaches frames of another origin. Our pages have no frames, and that extra page cost more than the
     * check itself. Only violations are reported in full: the passes (every node that passed, with its
     * HTML) were serialised and parsed only to be thrown away.
     */
    private static AxeBuilder axe(com.microsoft.playwright.Page page) {
        var opties = new AxeRunOptions();
        opties.setResultTypes(List.of("violations"));
        return new AxeBuilder(page).options(opties).setLegacyMode(true);
    }

    private static String beschrijf(AxeBuilder axe) {
        var resultaat = axe.exclude("tbody > tr:nth-child(n+" + (RIJEN_VOOR_AXE + 1) + ")").analyze();
        return resultaat.getViolations().stream()
                .map(Browser::beschrijf)
                .collect(Collectors.joining("\n"));
    }

    private static String beschrijf(Rule r) {
        return r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " — "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", "));
    }
}
