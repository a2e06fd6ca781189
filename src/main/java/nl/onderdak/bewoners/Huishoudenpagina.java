// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.util.Map;
import java.util.UUID;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * The household page, whose one home is bewoners: members, likely duplicates and merging. Other modules
 * add their own section through {@link Deel} (plaatsing: placements, check-in, moves, a placement
 * request), and show the page again with the errors of their own form through {@link #toon}; bewoners
 * knows none of them, as with {@link Plaatsingsinzage}.
 */
public interface Huishoudenpagina {

    /**
     * Fills the model of the household page as the user may see it (the view is logged; 404 when out of
     * scope) and returns the view name. {@code invoer} and {@code fouten} are what a section's form
     * was sent and what was wrong with it, shown again next to that form.
     */
    String toon(UUID huishouden, Gebruiker gebruiker, Model model, Map<String, String> invoer, @Nullable Map<String, String> fouten);

    /**
     * A section another module adds to the page. Its fragment may use the model attributes
     * {@code huishouden}, {@code volledig} (the viewer is a gemeente employee), {@code vandaag},
     * {@code invoer} and {@code fouten}, and whatever {@link #vul} adds.
     */
    interface Deel {

        /** The Thymeleaf fragment that shows the section: {@code "template :: fragment"}. */
        String fragment();

        /** Adds what the fragment shows to the model, logging what it shows of the household's members. */
        void vul(Huishouden huishouden, Gebruiker gebruiker, Model model);
    }
}
