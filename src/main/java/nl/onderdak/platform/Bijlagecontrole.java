// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks an uploaded attachment before any module stores it: the type is recognised from the first
 * bytes (PDF, PNG or JPEG), never from the name or the media type the sender claims; the size is at
 * most {@value #MAX_BIJLAGE} bytes (10 MB); the name is cleaned of folders, control and invisible
 * formatting characters. What passes comes back with its SHA-256, so that storage can keep the same
 * content once. Storage itself stays with the module that owns the attachment.
 */
public final class Bijlagecontrole {

    /** The largest attachment: 10 MB (10 × 1024 × 1024 bytes). */
    public static final int MAX_BIJLAGE = 10 * 1024 * 1024;

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PDF_BEGIN = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_BEGIN = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_BEGIN = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final int NAAM_MAX = 200;

    /** An uploaded file: the name the sender gave (may be anything) and its bytes. */
    public record Bestand(@Nullable String bestandsnaam, byte @Nullable [] inhoud) {
    }

    /** A file that passed: its clean name, the recognised media type, its SHA-256 (hex) and content. */
    public record Gecontroleerd(String bestandsnaam, String mediatype, String sha256, byte[] inhoud) {
    }

    private Bijlagecontrole() {
    }

    /**
     * Size and type of a file, recognised from its content; the name the sender gave does not count.
     * A refused file adds one message on {@code veld}, after the file's visible name.
     */
    public static Optional<Gecontroleerd> controleer(@Nullable Bestand bestand, String veld, List<OngeldigeInvoer.Veld> fouten) {
        var inhoud = bestand == null ? null : bestand.inhoud();
        var opgegeven = bestand == null ? null : Invoer.schoon(bestand.bestandsnaam());
        var getoond = opgegeven == null ? null : zichtbareNaam(opgegeven);
        var wie = getoond == null ? "" : "'" + kort(getoond) + "': ";
        if (inhoud == null || inhoud.length == 0) {
            fouten.add(new OngeldigeInvoer.Veld(veld, melding(wie, Berichten.tekst("bijlage.leeg"))));
            return Optional.empty();
        }
        if (inhoud.length > MAX_BIJLAGE) {
            fouten.add(new OngeldigeInvoer.Veld(veld, melding(wie, Berichten.tekst("bijlage.teGroot",
                    Weergave.in(Berichten.taal()).getal(MAX_BIJLAGE)))));
            return Optional.empty();
        }
        var type = herken(inhoud);
        if (type.isEmpty()) {
            fouten.add(new OngeldigeInvoer.Veld(veld, melding(wie, Berichten.tekst("bijlage.soort"))));
            return Optional.empty();
        }
        return Optional.of(new Gecontroleerd(schoneNaam(opgegeven, type.get()), type.get(), sha256(inhoud), inhoud));
    }

    /** The media type recognised from the first bytes: PDF, PNG or JPEG; empty for anything else. */
    public static Optional<String> herken(byte @Nullable [] inhoud) {
        if (begintMet(inhoud, PDF_BEGIN)) {
            return Optional.of(PDF);
        }
        if (begintMet(inhoud, PNG_BEGIN)) {
            return Optional.of(PNG);
        }
        if (begintMet(inhoud, JPEG_BEGIN)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /**
     * A safe file name: without folders (also Windows ones), control and invisible formatting
     * characters (such as the right-to-left override that makes {@code fdp.exe} read as {@code exe.pdf})
     * and characters that are not allowed in file names; at most 200 characters; ending in the
     * extension of the recognised type (added when the name has another one).
     */
    public static String schoneNaam(@Nullable String naam, String mediatype) {
        var n = Normalizer.normalize(naam == null ? "" : naam, Normalizer.Form.NFC);
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        var schoon = new StringBuilder();
        n.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || "<>:\"|?*".indexOf(c) >= 0) {
                return;
            }
            schoon.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        });
        n = schoon.toString().replaceAll(" {2,}", " ").strip().replaceFirst("^[. ]+", "");
        var extensie = switch (mediatype) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            default -> ".jpg";
        };
        var klein = n.toLowerCase(Locale.ROOT);
        boolean past = klein.endsWith(extensie) || (JPEG.equals(mediatype) && klein.endsWith(".jpeg"));
        var stam = past ? n.substring(0, n.length() - (klein.endsWith(".jpeg") ? 5 : extensie.length())) : n;
        var staart = past ? n.substring(stam.length()) : extensie;
        int ruimte = NAAM_MAX - staart.length();
        if (stam.codePointCount(0, stam.length()) > ruimte) {
            stam = stam.substring(0, stam.offsetByCodePoints(0, ruimte)).strip();
        }
        if (stam.isBlank()) {
            stam = "bijlage";
        }
        return stam + staart;
    }

    /** A message about a file: after its name, or on its own starting with a capital. */
    private static String melding(String wie, String tekst) {
        return wie.isEmpty() ? Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1) : wie + tekst;
    }

    /** The given name without folders, control and formatting characters, for messages; null when nothing is left. */
    private static @Nullable String zichtbareNaam(String opgegeven) {
        var n = opgegeven.substring(Math.max(opgegeven.lastIndexOf('/'), opgegeven.lastIndexOf('\\')) + 1);
        var schoon = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT).forEach(schoon::appendCodePoint);
        return Invoer.schoon(schoon.toString());
    }

    private static boolean begintMet(byte @Nullable [] inhoud, byte[] begin) {
        return inhoud != null && inhoud.length >= begin.length && Arrays.equals(inhoud, 0, begin.length, begin, 0, begin.length);
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value echoed in a message, cut short so that a message never grows with the input. */
    private static String kort(String s) {
        return s.length() <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(57, s.codePointCount(0, s.length())))) + "…";
    }
}
