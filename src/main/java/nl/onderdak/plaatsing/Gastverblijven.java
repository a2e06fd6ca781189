// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stays of households with a host household (private reception): who sleeps where, outside the
 * reception locations. Only employees of a gemeente in whose scope the household is see them; a stay
 * is recorded in the user's own gemeente. Other modules read stays through the view
 * {@code plaatsing.verblijf_bij_gastgezin}.
 */
@Service
@Transactional
public class Gastverblijven {

    /**
     * Host stays are recorded to pay the living allowance (a stay decides which gemeente pays the
     * month), so viewing and recording them is logged under that activity and purpose, as before the
     * stays moved here.
     */
    static final String ACTIVITEIT = "leefgeld";
    static final String DOEL = "Verstrekken van leefgeld aan ontheemden uit Oekraïne (Regeling opvang ontheemden Oekraïne)";

    /**
     * Who may record a stay beyond seeing the household: decided by the module whose rule it is (today
     * leefgeld: only the gemeente that pays the household's allowance now), so plaatsing does not depend
     * on it. Throws {@link nl.onderdak.platform.Conflict} to refuse.
     */
    public interface Wijzigrecht {
        void vereisBetalendeGemeente(Huishouden huishouden, Gebruiker gebruiker);
    }


    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final List<Wijzigrecht> wijzigrechten;
    private final Logboek logboek;
    private final Clock clock;

    Gastverblijven(JdbcClient jdbc, Huishoudens huishoudens, List<Wijzigrecht> wijzigrechten, Logboek logboek, Clock clock) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        // Fail closed: without a module that decides who may record a stay, nobody may (not everybody).
        if (wijzigrechten.isEmpty()) {
            throw new IllegalStateException("Geen Gastverblijven.Wijzigrecht: niemand mag gastverblijven vastleggen");
        }
        this.wijzigrechten = wijzigrechten;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** The household's stays with a host household, oldest first; logged as a view of each member. */
    public List<Gastverblijf> van(HuishoudenId huishoudenId, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        var lijst = jdbc.sql("""
                select id, gemeente_code, lower(periode), upper(periode), gastgezin from plaatsing.gastverblijf where huishouden_id = ?
                 order by lower(periode)""").param(huishoudenId.waarde())
                .query((rs, i) -> new Gastverblijf(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL, ids(huishouden), gebruiker);
        return lijst;
    }

    /**
     * Records a stay with a host household in the user's gemeente (private reception) from what a user
     * typed: the dates and the host are checked only once the user may record it, as always.
     */
    public Gastverblijf legVast(HuishoudenId huishoudenId, @Nullable String van, @Nullable String tot, @Nullable String gastgezin,
            Gebruiker gebruiker) {
        var huishouden = teWijzigen(huishoudenId, gebruiker);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var begin = Invoer.datum(van, "van", true, fouten);
        var einde = Invoer.datum(tot, "tot", false, fouten);
        var gast = Invoer.verplicht(gastgezin, "gastgezin", Berichten.tekst("plaatsing.fout.gastgezin"), 200, fouten);
        if (begin != null && einde != null && !einde.isAfter(begin)) {
            fouten.add(new OngeldigeInvoer.Veld("tot", Berichten.tekst("plaatsing.fout.vertrekdag")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return bewaar(huishouden, begin, einde, gast, gebruiker);
    }

    /**
     * Records a stay with a host household in the user's gemeente (private reception): from the
     * first night up to, not including, the departure day ({@code null}: still there). Overlapping
     * stays are refused.
     */
    public Gastverblijf legVast(HuishoudenId huishoudenId, LocalDate van, @Nullable LocalDate tot, String gastgezin, Gebruiker gebruiker) {
        var huishouden = teWijzigen(huishoudenId, gebruiker);
        if (tot != null && !tot.isAfter(van)) {
            throw OngeldigeInvoer.veld("tot", Berichten.tekst("plaatsing.fout.vertrekdag"));
        }
        return bewaar(huishouden, van, tot, gastgezin, gebruiker);
    }

    private Gastverblijf bewaar(Huishouden huishouden, LocalDate begin, @Nullable LocalDate einde, String gast, Gebruiker gebruiker) {
        var id = UUID.randomUUID();
        var gemeente = gebruiker.eigenGemeente();
        try {
            jdbc.sql("""
                    insert into plaatsing.gastverblijf (id, huishouden_id, gemeente_code, periode, gastgezin, vastgelegd_door, vastgelegd_op)
                    values (?, ?, ?, daterange(?, ?), ?, ?, ?)""")
                    .params(id, huishouden.id(), gemeente, begin, einde, gast, gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw OngeldigeInvoer.veld("van", Berichten.tekst("plaatsing.fout.gastverblijfOverlapt"));
        }
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL, ids(huishouden), gebruiker);
        return new Gastverblijf(id, gemeente, begin, einde, gast);
    }

    /**
     * Records the stay that a confirmed match with a host household is (issue 15, module gastgezinnen):
     * the stay lies in the host's gemeente, which is where the household then lives. The match's own
     * rules (approved host, enough places, a person confirmed it) were checked by the caller, so the
     * paying gemeente's rule for typed-in stays does not apply; overlapping stays are still refused.
     * The host's gemeente now hosts the household: it gets the relation {@code opvangend}, as its own
     * check-in gives it (ADR 0014), since the stay makes it the gemeente of residence and so the one that
     * pays the allowance.
     */
    public Gastverblijf legVastVoorKoppeling(HuishoudenId huishoudenId, String gemeenteCode, LocalDate van, String gastgezin,
            Gebruiker gebruiker) {
        var id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into plaatsing.gastverblijf (id, huishouden_id, gemeente_code, periode, gastgezin, vastgelegd_door, vastgelegd_op)
                    values (?, ?, ?, daterange(?, null), ?, ?, ?)""")
                    .params(id, huishoudenId.waarde(), gemeenteCode, van, gastgezin, gebruiker.gebruikersnaam(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw OngeldigeInvoer.veld("vanaf", Berichten.tekst("plaatsing.fout.gastverblijfOverlapt"));
        }
        huishoudens.neemOp(huishoudenId.waarde(), gemeenteCode);
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL, bewoners(huishoudenId), gebruiker);
        return new Gastverblijf(id, gemeenteCode, van, null, gastgezin);
    }

    /**
     * Ends the stay of a match on the departure day {@code tot} (no longer there that night). Only a
     * stay still running: an ended stay keeps its departure day, so a second end cannot move it;
     * {@code false} when there was none to end.
     */
    public boolean beeindigVoorKoppeling(UUID gastverblijf, HuishoudenId huishoudenId, LocalDate tot, Gebruiker gebruiker) {
        int rijen = jdbc.sql("""
                update plaatsing.gastverblijf set periode = daterange(lower(periode), ?)
                 where id = ? and huishouden_id = ? and upper_inf(periode)""")
                .params(tot, gastverblijf, huishoudenId.waarde()).update();
        if (rijen == 0) {
            return false;
        }
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL, bewoners(huishoudenId), gebruiker);
        return true;
    }

    private List<UUID> bewoners(HuishoudenId huishoudenId) {
        return huishoudens.samenstelling(huishoudenId.waarde(), clock.instant().atZone(nl.onderdak.platform.Weergave.TIJDZONE).toLocalDate())
                .map(s -> s.bewonerIds()).orElse(List.of());
    }

    /** The household, visible to the user and one whose stays the user's gemeente may record. */
    private Huishouden teWijzigen(HuishoudenId huishoudenId, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        wijzigrechten.forEach(r -> r.vereisBetalendeGemeente(huishouden, gebruiker));
        return huishouden;
    }

    private Huishouden inScope(HuishoudenId huishoudenId, Gebruiker gebruiker) {
        return huishoudens.lees(huishoudenId.waarde(), gebruiker, new Scope.Gemeente(gebruiker.eigenGemeente()))
                .orElseThrow(() -> new NietGevonden("Huishouden"));
    }

    private static List<UUID> ids(Huishouden h) {
        return h.leden().stream().map(Bewoner::id).toList();
    }
}
