// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Comparing names across scripts and spellings. Ukrainian and Russian Cyrillic is transliterated
 * (after the Ukrainian national system of 2010, with the Russian letters added), then reduced to a
 * key in which the usual spelling variants of Latin transcriptions coincide (Oleksandr/Aleksandr,
 * Kharkiv/Charkiv, Yulia/Julija, Serhiy/Sergej), so "Шевченко", "Shevchenko" and "Sjevtsjenko" meet.
 */
public final class Namen {

    private static final Map<Character, String> CYRILLISCH = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "y"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ь', ""), Map.entry('ъ', ""), Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('ё', "io"),
            Map.entry('ы', "y"), Map.entry('э', "e"), Map.entry('\'', ""), Map.entry('’', ""), Map.entry('ʼ', ""));

    private Namen() {
    }

    /** Cyrillic to Latin script; other characters stay as they are. */
    public static String translitereer(String naam) {
        var uit = new StringBuilder();
        for (char c : naam.toCharArray()) {
            char klein = Character.toLowerCase(c);
            var latijn = CYRILLISCH.get(klein);
            if (latijn == null) {
                uit.append(c);
            } else if (Character.isUpperCase(c) && !latijn.isEmpty()) {
                uit.append(Character.toUpperCase(latijn.charAt(0))).append(latijn.substring(1));
            } else {
                uit.append(latijn);
            }
        }
        return uit.toString();
    }

    /** A key in which the usual transcription variants of one name are equal. */
    public static String sleutel(@Nullable String naam) {
        if (naam == null) {
            return "";
        }
        var s = Normalizer.normalize(translitereer(naam.strip()), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        // Longest variants first: Dutch, German, English and Ukrainian transcriptions of the same sounds.
        // Dutch writes the Ukrainian у as "oe" (Zjoek for Жук).
        s = s.replace("oe", "u");
        s = s.replace("shch", "s").replace("sjtsj", "s").replace("schtsch", "s")
                .replace("tsj", "c").replace("tsch", "c").replace("ch", "c").replace("tch", "c")
                .replace("sj", "s").replace("sch", "s").replace("sh", "s")
                .replace("zh", "z").replace("zj", "z").replace("kh", "h")
                .replace("ts", "c").replace("tz", "c").replace("ks", "x")
                .replace("iu", "u").replace("ju", "u").replace("yu", "u")
                .replace("ia", "a").replace("ja", "a").replace("ya", "a").replace("ie", "e").replace("je", "e").replace("ye", "e")
                .replace("y", "i").replace("j", "i").replace("w", "v").replace("g", "h").replace("ph", "f");
        // Collapse doubled letters and the vowels that transcriptions swap most (o/a in unstressed syllables).
        s = s.replaceAll("(.)\\1+", "$1");
        return s.replace("o", "a");
    }

    /** Whether two names are probably the same person's: equal keys, or keys at most two edits apart. */
    public static boolean lijkenOpElkaar(String a, String b) {
        var ka = sleutel(a);
        var kb = sleutel(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        return ka.equals(kb) || afstand(ka, kb) <= Math.min(2, Math.max(1, Math.min(ka.length(), kb.length()) / 4));
    }

    /** Levenshtein distance. */
    static int afstand(String a, String b) {
        var vorige = new int[b.length() + 1];
        var huidige = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            vorige[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            huidige[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int kosten = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                huidige[j] = Math.min(Math.min(huidige[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + kosten);
            }
            var t = vorige;
            vorige = huidige;
            huidige = t;
        }
        return vorige[b.length()];
    }
}
