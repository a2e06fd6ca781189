// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Besluit;
import nl.onderdak.platform.Besluitgeschiedenis;
import nl.onderdak.platform.Besluitstatus;
import nl.onderdak.platform.Besluitwoorden;
import nl.onderdak.platform.Bijlagecontrole;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Pagina;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow of declarations of actual extra costs. Under the BooO a gemeente receives a norm amount
 * per realised bed per day and may, in exceptional cases, declare the actual extra costs on top. An
 * employee of the gemeente submits amount, category, period, description and attachments; the NOO
 * approves or rejects (a rejection with its reason). Every change of status is an entry in the
 * append-only history ({@link Besluitgeschiedenis}), the status is derived from it.
 *
 * <p>The other reasons to change live elsewhere: reading the input in {@link DeclaratieValidatie},
 * checking files in {@link Bijlagecontrole}, who may do what in {@link DeclaratieToegang}, storage in
 * {@link DeclaratieOpslag}. A declaration outside the user's scope does not exist for them (404).
 * The same content twice on one declaration is stored once.
 */
@Service
@Transactional
public class Declaraties {

    /** The words of this kind's API and pages for the one status vocabulary (ingediend, goedgekeurd, afgewezen). */
    public static final Besluitwoorden WOORDEN = Aanvraagsoort.DECLARATIE.woorden;

    public record Declaratie(DeclaratieId id, String gemeenteCode, String gemeenteNaam, BigDecimal bedrag, Declaratiecategorie categorie,
            LocalDate periodeVan, LocalDate periodeTot, String omschrijving, Besluitstatus status, String ingediendDoor, Instant ingediendOp,
            int aantalBijlagen) {
    }

    /** An attachment without its content. */
    public record Bijlage(UUID id, String bestandsnaam, String mediatype, int grootte, String sha256, String toegevoegdDoor,
            Instant toegevoegdOp) {
    }

    /** A declaration with its history (oldest first) and attachments. */
    public record Details(Declaratie declaratie, Besluitgeschiedenis geschiedenis, List<Bijlage> bijlagen) {
    }

    /** The declarations a user sees: how many there are, and the newest 500 of them. */
    public record Lijst(int aantal, List<Declaratie> declaraties) {
    }

    /** The result of adding an attachment: the stored one, and whether it is new (false: the same content was there already). */
    public record Toegevoegd(Bijlage bijlage, boolean nieuw) {
    }

    /** An attachment with its content, for download. */
    public record Download(Bijlage bijlage, byte[] inhoud) {
    }

    private final DeclaratieOpslag opslag;
    private final Besluitgeschiedenissen geschiedenissen;
    private final Gebieden gebieden;
    private final Clock clock;

    Declaraties(DeclaratieOpslag opslag, Besluitgeschiedenissen geschiedenissen, Gebieden gebieden, Clock clock) {
        this.opslag = opslag;
        this.geschiedenissen = geschiedenissen;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    /** Today, for the edge that reads a period ("uiterlijk vandaag"). */
    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /**
     * A gemeente employee submits a declaration for the own gemeente, with zero or more attachments.
     * Every wrong field and every refused file is named at once; nothing is stored unless all is right.
     */
    public Details indienen(Gelezen<DeclaratieValidatie.Indiening> gelezen, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var d = gelezen.geldig();
        var id = new DeclaratieId(UUID.randomUUID());
        var nu = clock.instant();
        opslag.voegToe(id, gemeente, d, gebruiker.gebruikersnaam(), nu);
        geschiedenissen.voegToe(Aanvraagsoort.DECLARATIE, id.waarde(),
                Besluitgeschiedenis.ingediend(gebruiker.gebruikersnaam(), nu).regels().getFirst());
        for (var b : d.bijlagen()) {
            opslag.slaOp(id, b, gebruiker.gebruikersnaam(), nu);
        }
        return details(laad(id).orElseThrow());
    }

    /**
     * Adds attachments to a declaration that is still awaiting a decision; only the gemeente that
     * submitted it may. All or none; the same content again stores nothing new and answers the
     * attachment already there.
     */
    public List<Toegevoegd> voegBijlagenToe(DeclaratieId id, Gelezen<List<Bijlagecontrole.Gecontroleerd>> gelezen, Gebruiker gebruiker) {
        opslag.vergrendel(toevoegbaar(id, gebruiker).id());
        toevoegbaar(id, gebruiker); // again under the lock: the NOO may have decided in the meantime
        var gecontroleerd = gelezen.geldig();
        var aanwezig = opslag.hashes(id);
        long erbij = gecontroleerd.stream().map(Bijlagecontrole.Gecontroleerd::sha256).distinct().filter(h -> !aanwezig.contains(h)).count();
        if (aanwezig.size() + erbij > DeclaratieValidatie.MAX_BIJLAGEN) {
            throw new Conflict("te-veel-bijlagen", Berichten.tekst("declaratie.conflict.teVeelBijlagen", DeclaratieValidatie.MAX_BIJLAGEN, aanwezig.size()));
        }
        var resultaat = new ArrayList<Toegevoegd>();
        for (var b : gecontroleerd) {
            boolean nieuw = aanwezig.add(b.sha256());
            if (nieuw) {
                opslag.slaOp(id, b, gebruiker.gebruikersnaam(), clock.instant());
            }
            resultaat.add(new Toegevoegd(opslag.bijlageMetHash(id, b.sha256()).orElseThrow(), nieuw));
        }
        return resultaat;
    }

    /**
     * Whether the user may add an attachment now (else 403, 404 or 409 as {@link #voegBijlagenToe} would
     * answer), so that a caller can refuse before reading an upload.
     */
    @Transactional(readOnly = true)
    public void vereisToevoegbaar(DeclaratieId id, Gebruiker gebruiker) {
        toevoegbaar(id, gebruiker);
    }

    private Declaratie toevoegbaar(DeclaratieId id, Gebruiker gebruiker) {
        var declaratie = zichtbaar(id, gebruiker);
        if (!DeclaratieToegang.magBijlagenToevoegen(gebruiker, declaratie.gemeenteCode())) {
            throw new AccessDeniedException("alleen de gemeente die de declaratie indiende voegt bijlagen toe");
        }
        if (declaratie.status().besloten()) {
            throw new Conflict("declaratie-beoordeeld", Berichten.tekst("declaratie.conflict.bijlageNaBesluit", Berichten.tekst("declaratie.statuswoord." + woord(declaratie.status()))));
        }
        return declaratie;
    }

    /** The NOO decides, once: approved, or rejected with a reason. */
    public Details beoordeel(DeclaratieId id, Gelezen<Besluit> gelezen, Gebruiker gebruiker) {
        var declaratie = zichtbaar(id, gebruiker);
        if (!DeclaratieToegang.magBeoordelen(gebruiker, declaratie.gemeenteCode())) {
            throw new AccessDeniedException("alleen de NOO beoordeelt declaraties");
        }
        var besluit = gelezen.geldig();
        opslag.vergrendel(id);
        var geschiedenis = geschiedenissen.van(Aanvraagsoort.DECLARATIE, id.waarde());
        var regel = geschiedenis.beslis(besluit, gebruiker.gebruikersnaam(), clock.instant(), () -> new Conflict("declaratie-beoordeeld",
                Berichten.tekst("declaratie.conflict.alBeslist", Berichten.tekst("declaratie.statuswoord." + woord(geschiedenis.status())))));
        geschiedenissen.voegToe(Aanvraagsoort.DECLARATIE, id.waarde(), regel);
        return details(laad(id).orElseThrow());
    }

    /**
     * The declarations the user sees, newest first, optionally only those with one status: a gemeente
     * employee the own gemeente's, an NOO employee all; anyone else may not (403).
     */
    @Transactional(readOnly = true)
    public Lijst lijst(Gelezen<Optional<Besluitstatus>> statusfilter, Gebruiker gebruiker) {
        var gemeente = DeclaratieToegang.gemeenteInScope(gebruiker).orElse(null);
        var status = statusfilter.geldig().orElse(null);
        int aantal = opslag.aantal(gemeente, status);
        return new Lijst(aantal, metStatusEnNaam(opslag.nieuwste(gemeente, status)));
    }

    /** The orders of the paged list: the word in the address and the SQL it stands for (ties by newest, then id). */
    public enum Volgorde implements nl.onderdak.platform.Lijstvraag.Volgorde {
        NIEUWSTE("nieuwste", "d.ingediend_op desc, d.id"),
        OUDSTE("oudste", "d.ingediend_op, d.id"),
        BEDRAG("bedrag", "d.bedrag desc, d.ingediend_op desc, d.id"),
        // Open declarations first: they are the ones waiting for the NOO.
        STATUS("status", "(d.status <> 'ingediend'), d.status, d.ingediend_op desc, d.id");

        private final String woord;
        private final String sql;

        Volgorde(String woord, String sql) {
            this.woord = woord;
            this.sql = sql;
        }

        @Override
        public String woord() {
            return woord;
        }

        @Override
        public String sql() {
            return sql;
        }
    }

    /**
     * One page of the declarations the user sees (the same scope as {@link #lijst}), with the total over all
     * pages and no cap: optionally one status, a search on part of the description or of the gemeente's name
     * or code, and an order. Wrong parameters are all named (400 in the API, next to their field on the page).
     */
    @Transactional(readOnly = true)
    public Pagina<Declaratie> zoek(@Nullable String status, @Nullable String zoek, @Nullable String sorteer, @Nullable String pagina,
            @Nullable String aantal, Gebruiker gebruiker) {
        var gemeente = DeclaratieToegang.gemeenteInScope(gebruiker).orElse(null);
        var statusfilter = DeclaratieValidatie.statusfilter(status);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>(statusfilter.fouten());
        var vraag = nl.onderdak.platform.Lijstvraag.lees(zoek, sorteer, pagina, aantal, Volgorde.NIEUWSTE,
                Berichten.tekst("declaratie.fout.zoek", nl.onderdak.platform.Lijstvraag.ZOEK_MAX), Berichten.tekst("declaratie.fout.sorteer"), fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var st = statusfilter.geldig().orElse(null);
        var z = vraag.zoek();
        var v = vraag.volgorde();
        int nr = vraag.pagina();
        int grootte = vraag.aantal();
        var codes = z == null ? List.<String>of() : gemeentenMetNaam(gemeente, z);
        var rijen = opslag.pagina(gemeente, st, z, codes, v.sql(), nr, grootte);
        long totaal = Pagina.totaal(rijen.totaal(), nr, () -> opslag.tel(gemeente, st, z, codes));
        return new Pagina<>(metStatusEnNaam(rijen.rijen()), totaal, nr, grootte);
    }

    /**
     * The gemeenten with declarations in scope whose name contains the search: names live in the gebieden
     * module, so they are matched here and handed to the query as codes.
     */
    private List<String> gemeentenMetNaam(@Nullable String gemeente, String zoek) {
        var deel = zoek.toLowerCase(Locale.ROOT);
        return opslag.gemeenten(gemeente).stream()
                .filter(c -> gebieden.gemeenteNaam(c).map(n -> n.toLowerCase(Locale.ROOT).contains(deel)).orElse(false)).toList();
    }

    /** One declaration with history and attachments; outside the user's scope it does not exist (404). */
    @Transactional(readOnly = true)
    public Details een(DeclaratieId id, Gebruiker gebruiker) {
        return details(zichtbaar(id, gebruiker));
    }

    /** An attachment with its content, under the same rules as its declaration. */
    @Transactional(readOnly = true)
    public Download bijlage(DeclaratieId id, UUID bijlageId, Gebruiker gebruiker) {
        zichtbaar(id, gebruiker);
        return opslag.download(id, bijlageId).orElseThrow(() -> new NietGevonden("Bijlage"));
    }

    /** The word of a status as gemeenten read it in messages and the API. */
    public static String woord(Besluitstatus status) {
        return Aanvraagsoort.DECLARATIE.woorden.woord(status);
    }

    private Declaratie zichtbaar(DeclaratieId id, Gebruiker gebruiker) {
        var gemeente = DeclaratieToegang.gemeenteInScope(gebruiker);
        return laad(id).filter(d -> gemeente.isEmpty() || gemeente.get().equals(d.gemeenteCode()))
                .orElseThrow(() -> new NietGevonden("Declaratie"));
    }

    private Optional<Declaratie> laad(DeclaratieId id) {
        return opslag.laad(id).map(r -> metStatusEnNaam(List.of(r)).getFirst());
    }

    /** Rows with the status derived from their histories (one query) and the gemeente's name. */
    private List<Declaratie> metStatusEnNaam(List<DeclaratieOpslag.Rij> rijen) {
        var histories = geschiedenissen.van(Aanvraagsoort.DECLARATIE, rijen.stream().map(r -> r.id().waarde()).toList());
        var namen = new HashMap<String, String>();
        return rijen.stream().map(r -> new Declaratie(r.id(), r.gemeenteCode(),
                namen.computeIfAbsent(r.gemeenteCode(), c -> gebieden.gemeenteNaam(c).orElse(c)), r.bedrag(), r.categorie(), r.periodeVan(),
                r.periodeTot(), r.omschrijving(), histories.getOrDefault(r.id().waarde(), new Besluitgeschiedenis(List.of())).status(),
                r.ingediendDoor(), r.ingediendOp(), r.aantalBijlagen())).toList();
    }

    private Details details(Declaratie d) {
        return new Details(d, geschiedenissen.van(Aanvraagsoort.DECLARATIE, d.id().waarde()), opslag.bijlagen(d.id()));
    }
}
