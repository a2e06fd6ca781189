// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Checks of a rendered page that axe does not make: a table cell that breaks inside a word or a
 * number (WCAG 1.4.10 and plain readability: "Gronin/gen", "10/12/4"), and a page that scrolls
 * sideways as a whole at a narrow width (1.4.10 reflow; a table's own scroll box is allowed).
 */
final class Pagina {

    /**
     * For every visible th/td of the page content, every word (text between spaces) whose characters
     * sit on more than one line. A break after a hyphen or slash between letters ("Súdwest-/Fryslân")
     * is a normal place to wrap; inside a number, date, amount or plain word it is not.
     */
    private static final String GEBROKEN_WOORDEN = """
            () => {
              const gebroken = [];
              const tussenLetters = /(?<=\\p{L})[-\\/\\u2010\\u2013](?=\\p{L})/u;
              for (const cel of document.querySelectorAll('main th, main td')) {
                if (cel.getClientRects().length === 0) continue;
                const loper = document.createTreeWalker(cel, NodeFilter.SHOW_TEXT);
                let knoop;
                while ((knoop = loper.nextNode())) {
                  const tekst = knoop.textContent;
                  const woorden = /\\S+/g;
                  let w;
                  while ((w = woorden.exec(tekst))) {
                    let begin = w.index;
                    for (const deel of w[0].split(tussenLetters)) {
                      const eind = begin + deel.length;
                      if (deel.length > 1) {
                        const bereik = document.createRange();
                        bereik.setStart(knoop, begin);
                        bereik.setEnd(knoop, eind);
                        const regels = new Set();
                        for (const r of bereik.getClientRects()) {
                          if (r.width > 0 && r.height > 0) regels.add(Math.round(r.top / 4));
                        }
                        if (regels.size > 1) {
                          gebroken.push('"' + deel + '" in cel "' + cel.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60) + '"');
                        }
                      }
                      begin = eind + 1;
                    }
                  }
                }
              }
              return gebroken;
            }
            """;

    private Pagina() {
    }

    @SuppressWarnings("unchecked")
    static List<String> gebrokenWoordenInTabelcellen(Page page) {
        return (List<String>) page.evaluate(GEBROKEN_WOORDEN);
    }

    /** Whether the page as a whole is wider than the window (it scrolls sideways). */
    static boolean schuiftZijwaarts(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
    }
}
