// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.bewoners.BewonerId;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.plaatsing.PlaatsingOpdracht;
import nl.onderdak.plaatsing.Plaatsingen;
import nl.onderdak.plaatsing.Vertrekreden;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.platform.Weergave;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Text from the placement forms and API into typed commands, naming every wrong field at once (400).
 * The rules that need the household or the location are the service's; the rules that need the
 * placement being ended come from {@link Plaatsingen.Plaatsing#uitcheckfouten}, so form, API and
 * service say the same.
 */
public final class PlaatsingValidatie {

    private PlaatsingValidatie() {
    }

    /** A check-in as typed: the whole household unless {@code leden} names some of its members. */
    public static PlaatsingOpdracht plaatsing(@Nullable String huishoudenTekst, @Nullable String locatieTekst,
            @Nullable String vanafTekst, @Nullable String verblijfsduurTekst, @Nullable List<String> ledenTekst,
            @Nullable String splitsingsreden, LocalDate vandaag) {
        var fouten = new ArrayList<Veld>();
        var huishouden = Invoer.id(huishoudenTekst, "huishouden", Berichten.tekst("plaatsing.fout.huishoudenId"), fouten);
        var locatie = Invoer.id(locatieTekst, "opvanglocatie", Berichten.tekst("plaatsing.fout.opvanglocatie"), fouten);
        if (splitsingsreden != null && splitsingsreden.strip().length() > PlaatsingOpdracht.MAX_SPLITSINGSREDEN) {
            fouten.add(new Veld("splitsingsreden", Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(PlaatsingOpdracht.MAX_SPLITSINGSREDEN))));
        }
        var leden = new ArrayList<BewonerId>();
        if (ledenTekst != null && ledenTekst.size() > PlaatsingOpdracht.MAX_LEDEN) {
            fouten.add(new Veld("leden", Berichten.tekst("plaatsing.fout.teveelLeden", PlaatsingOpdracht.MAX_LEDEN)));
        } else if (ledenTekst != null) {
            for (var lid : ledenTekst) {
                var id = uuid(lid);
                if (id.isEmpty()) {
                    // What is not an id cannot be a member of the household either.
                    fouten.add(new Veld("leden", Berichten.tekst("plaatsing.fout.vreemdeLeden")));
                    break;
                }
                leden.add(new BewonerId(id.get()));
            }
        }
        var vanaf = Invoer.datum(vanafTekst, "vanaf", true, fouten);
        if (vanaf != null && Plaatsingen.teVerVooruit(vanaf, vandaag)) {
            fouten.add(new Veld("vanaf", Plaatsingen.teVerVooruit()));
        }
        var duur = verblijfsduur(verblijfsduurTekst, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new PlaatsingOpdracht(new HuishoudenId(huishouden), new LocatieId(locatie), duur, vanaf, leden, splitsingsreden);
    }

    /**
     * A check-out as typed, for this placement: every wrong field of date and reason together. A wrong
     * reason lists the reasons to choose from in the words of the messages, in the user's language
     * ({@code berichten} with the request's locale), the same words the form shows.
     */
    public static Uitchecken uitchecken(@Nullable String datumTekst, @Nullable String redenTekst, Plaatsingen.Plaatsing plaatsing,
            MessageSource berichten) {
        var fouten = new ArrayList<Veld>();
        var datum = Invoer.datum(datumTekst, "datum", true, fouten);
        var reden = redenTekst == null ? Optional.<Vertrekreden>empty()
                : Vertrekreden.van(redenTekst.strip()).filter(Vertrekreden::kiesbaar);
        if (reden.isEmpty()) {
            var taal = Berichten.taal();
            var woorden = Vertrekreden.kiesbare().stream().map(r -> berichten.getMessage(r.berichtsleutel(), null, r.code(), taal)).toList();
            fouten.add(new Veld("reden", Berichten.tekst("plaatsing.fout.vertrekreden", Berichten.opsomming(woorden))));
        }
        fouten.addAll(plaatsing.uitcheckfouten(datum));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Uitchecken(datum, reden.get());
    }

    /** A typed check-out: the first night not spent there, and why. */
    public record Uitchecken(LocalDate datum, Vertrekreden reden) {
    }

    /** A move as typed: the new location and the day of the move (the first night there). */
    public record Verhuizing(LocatieId naar, LocalDate datum) {
    }

    /** A move, for this placement: the check-out's rules for the day, and a location id. */
    public static Verhuizing verhuizing(@Nullable String locatieTekst, @Nullable String datumTekst, Plaatsingen.Plaatsing plaatsing) {
        var fouten = new ArrayList<Veld>();
        var datum = Invoer.datum(datumTekst, "datum", true, fouten);
        fouten.addAll(plaatsing.uitcheckfouten(datum));
        var locatie = Invoer.id(locatieTekst, "opvanglocatie", Berichten.tekst("plaatsing.fout.opvanglocatie"), fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Verhuizing(new LocatieId(locatie), datum);
    }

    /** A request for a place as typed: the household, the expected arrival and an optional explanation. */
    public record Indiening(HuishoudenId huishouden, LocalDate verwachteAankomst, @Nullable String toelichting) {
    }

    public static Indiening indiening(@Nullable String huishoudenTekst, @Nullable String aankomstTekst, @Nullable String toelichting) {
        var fouten = new ArrayList<Veld>();
        var huishouden = Invoer.id(huishoudenTekst, "huishouden", Berichten.tekst("plaatsing.fout.huishoudenId"), fouten);
        var aankomst = Invoer.datum(aankomstTekst, "verwachteAankomst", true, fouten);
        var schoon = hoogstens(toelichting, "toelichting", Plaatsingsverzoeken.MAX_TOELICHTING, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Indiening(new HuishoudenId(huishouden), aankomst, schoon);
    }

    /** A proposed place as typed: the location and the kind of bed (long unless said otherwise). */
    public record Voorstel(LocatieId locatie, Verblijfsduur verblijfsduur) {
    }

    public static Voorstel voorstel(@Nullable String locatieTekst, @Nullable String verblijfsduurTekst) {
        var fouten = new ArrayList<Veld>();
        var locatie = Invoer.id(locatieTekst, "opvanglocatie", Berichten.tekst("plaatsing.fout.opvanglocatie"), fouten);
        var duur = verblijfsduur(verblijfsduurTekst, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Voorstel(new LocatieId(locatie), duur);
    }

    /** The first night of an accepted place, or null for the expected arrival. */
    public static @Nullable LocalDate acceptatiedatum(@Nullable String vanafTekst) {
        if (vanafTekst == null || vanafTekst.isBlank()) {
            return null;
        }
        var fouten = new ArrayList<Veld>();
        var vanaf = Invoer.datum(vanafTekst, "vanaf", true, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return vanaf;
    }

    /**
     * Why a proposed place does not fit, cleaned; required (the proposer looks again with it) and at most
     * {@link Plaatsingsverzoeken#MAX_AFWIJZINGSREDEN} characters.
     */
    public static String afwijzingsreden(@Nullable String reden) {
        var fouten = new ArrayList<Veld>();
        var schoon = hoogstens(reden, "reden", Plaatsingsverzoeken.MAX_AFWIJZINGSREDEN, fouten);
        if (schoon == null || schoon.isBlank()) {
            fouten.add(new Veld("reden", Berichten.tekst("plaatsing.fout.afwijzingsreden")));
        }
        if (!fouten.isEmpty() || schoon == null) {
            throw new OngeldigeInvoer(fouten);
        }
        return schoon;
    }

    /** Another location of the receiving gemeente chosen on acceptance, or null for the one proposed. */
    public static @Nullable LocatieId andereLocatie(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        var fouten = new ArrayList<Veld>();
        var id = Invoer.id(tekst, "opvanglocatie", Berichten.tekst("plaatsing.fout.opvanglocatie"), fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new LocatieId(id);
    }

    private static @Nullable String hoogstens(@Nullable String tekst, String veld, int max, List<Veld> fouten) {
        var w = Invoer.schoon(tekst);
        if (w != null && w.length() > max) {
            fouten.add(new Veld(veld, Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(max))));
        }
        return w;
    }

    /** The reasons to choose from in the user's language: the Dutch words, or the page's English labels. */

    /** Length of stay: long unless said otherwise. */
    public static Verblijfsduur verblijfsduur(@Nullable String tekst, List<Veld> fouten) {
        var duur = Verblijfsduur.van(tekst == null || tekst.isBlank() ? "lang" : tekst.strip());
        if (duur.isEmpty()) {
            fouten.add(new Veld("verblijfsduur", Berichten.tekst("plaatsing.fout.verblijfsduur")));
            return Verblijfsduur.LANG;
        }
        return duur.get();
    }

    private static Optional<UUID> uuid(@Nullable String tekst) {
        try {
            return tekst == null ? Optional.empty() : Optional.of(UUID.fromString(tekst.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
