// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of every module (messages/&lt;module&gt;.properties, English in &lt;module&gt;_en) for code
 * that has no MessageSource at hand: the shared readers of {@link Invoer}, the input guard, the error
 * handlers, and each module's validation, which names a wrong field with a key of its own module
 * ({@code Berichten.tekst("locatie.fout.postcode")}) instead of a Dutch sentence. The language is that
 * of the request being answered (the user's choice, Dutch unless English was chosen); outside a
 * request, such as in a background task or a unit test, Dutch.
 *
 * <p>The source is read here rather than injected so that a static reader works the same in a unit
 * test and in the application; the texts are the same files Spring's MessageSource reads (every
 * {@code messages/*.properties} on the class path, so a new module's file needs no second list).
 */
public final class Berichten {

    private static final ResourceBundleMessageSource BRON = new ResourceBundleMessageSource();

    static {
        BRON.setBasenames(basisnamen());
        BRON.setDefaultEncoding("UTF-8");
        BRON.setFallbackToSystemLocale(false);
        BRON.setDefaultLocale(Weergave.NEDERLANDS);
    }

    private Berichten() {
    }

    /** messages/algemeen first, then every other module's file (the Dutch one, without a language suffix). */
    private static String[] basisnamen() {
        var namen = new java.util.TreeSet<String>();
        try {
            for (var bron : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:messages/*.properties")) {
                var naam = bron.getFilename();
                if (naam != null && !naam.contains("_")) {
                    namen.add("messages/" + naam.substring(0, naam.length() - ".properties".length()));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        namen.remove("messages/algemeen");
        var lijst = new java.util.ArrayList<String>();
        lijst.add("messages/algemeen");
        lijst.addAll(namen);
        return lijst.toArray(String[]::new);
    }

    /** The text of a key in the language of the current request, arguments filled in. */
    public static String tekst(String sleutel, Object... argumenten) {
        return in(taal(), sleutel, argumenten);
    }

    /** The text of a key in the given language (English or else Dutch). */
    public static String in(Locale taal, String sleutel, Object... argumenten) {
        return BRON.getMessage(sleutel, argumenten, isEngels(taal) ? Locale.ENGLISH : Weergave.NEDERLANDS);
    }

    /** The language of the request being answered: English when the user chose it, else Dutch. */
    public static Locale taal() {
        var context = LocaleContextHolder.getLocaleContext();
        var taal = context == null ? null : context.getLocale();
        return isEngels(taal) ? Locale.ENGLISH : Weergave.NEDERLANDS;
    }

    /**
     * Choices as words instead of a Java list: "2022 of 2024", "beveiliging, vervoer of overig"
     * ("... or ..." in English), never "[2022, 2024]". Give labels, not codes, where the user
     * knows the labels.
     */
    public static String opsomming(java.util.Collection<?> keuzes) {
        var woorden = keuzes.stream().map(String::valueOf).toList();
        if (woorden.size() <= 1) {
            return String.join("", woorden);
        }
        return String.join(", ", woorden.subList(0, woorden.size() - 1)) + " " + tekst("invoer.of") + " "
                + woorden.getLast();
    }

    /** The message "Kies een van: a, b of c." in the user's language. */
    public static String kiesUit(java.util.Collection<?> keuzes) {
        return tekst("invoer.keuze", opsomming(keuzes));
    }

    private static boolean isEngels(Locale taal) {
        return taal != null && "en".equals(taal.getLanguage());
    }
}
