// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.leefgeld.Iban;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gemeente's own account, the debtor of the transfers. One employee proposes it, another confirms
 * it (four eyes, also enforced by the database); a newer proposal replaces an open one.
 */
@Service
@Transactional
public class Gemeenterekening {

    /** The gemeente's own account. */
    public record Rekening(String iban, @Nullable String bic, String naam) {
    }

    /** A proposed change of the gemeente's own account, waiting for a second employee. */
    public record Rekeningvoorstel(UUID id, String iban, @Nullable String bic, String naam, String voorgesteldDoor, Instant voorgesteldOp) {
    }

    private final JdbcClient jdbc;
    private final Gebieden gebieden;
    private final Clock clock;

    Gemeenterekening(JdbcClient jdbc, Gebieden gebieden, Clock clock) {
        this.jdbc = jdbc;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Rekening> rekening(String gemeente) {
        return jdbc.sql("select iban, bic, naam from leefgeld.leefgeldrekening where gemeente_code = ?").param(gemeente)
                .query((rs, i) -> new Rekening(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /**
     * Proposes the gemeente's own account from what a user typed; the IBAN is checked with mod-97,
     * after the check that the user works for a gemeente.
     */
    public Rekeningvoorstel stelRekeningVoor(@Nullable String iban, @Nullable String bic, Gebruiker gebruiker) {
        Betaalrunlevenscyclus.gemeenteVan(gebruiker);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var gelezen = Iban.lees(iban);
        if (gelezen.isEmpty()) {
            fouten.add(new OngeldigeInvoer.Veld("iban", Berichten.tekst("leefgeld.fout.iban")));
        }
        var b = Invoer.schoon(bic);
        if (b != null && !b.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            fouten.add(new OngeldigeInvoer.Veld("bic", Berichten.tekst("leefgeld.fout.bic")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return stelRekeningVoor(gelezen.get(), b, gebruiker);
    }

    /**
     * Proposes the gemeente's own account (the debtor). It takes effect only when another employee of
     * the gemeente confirms it ({@link #bevestigRekening}); a newer proposal replaces an open one.
     */
    public Rekeningvoorstel stelRekeningVoor(Iban iban, @Nullable String bic, Gebruiker gebruiker) {
        var gemeente = Betaalrunlevenscyclus.gemeenteVan(gebruiker);
        var naam = "Gemeente " + gebieden.gemeenteNaam(gemeente).orElse(gemeente);
        var nu = clock.instant();
        jdbc.sql("update leefgeld.leefgeldrekening_voorstel set status = 'vervangen' where gemeente_code = ? and status = 'open'").param(gemeente)
                .update();
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into leefgeld.leefgeldrekening_voorstel (id, gemeente_code, iban, bic, naam, voorgesteld_door, voorgesteld_op)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, gemeente, iban.waarde(), bic, naam, gebruiker.gebruikersnaam(), Timestamp.from(nu)).update();
        return new Rekeningvoorstel(id, iban.waarde(), bic, naam, gebruiker.gebruikersnaam(), nu);
    }

    /** The open proposal for the gemeente's own account, if any. */
    @Transactional(readOnly = true)
    public Optional<Rekeningvoorstel> rekeningvoorstel(Gebruiker gebruiker) {
        return jdbc.sql("""
                select id, iban, bic, naam, voorgesteld_door, voorgesteld_op from leefgeld.leefgeldrekening_voorstel
                 where gemeente_code = ? and status = 'open'""").param(Betaalrunlevenscyclus.gemeenteVan(gebruiker))
                .query((rs, i) -> new Rekeningvoorstel(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Betaalrunopslag.instant(rs, "voorgesteld_op")))
                .optional();
    }

    /** Another employee of the same gemeente confirms the open proposal: from now on it is the debtor account. */
    public Rekening bevestigRekening(UUID voorstelId, Gebruiker gebruiker) {
        var voorstel = openVoorstel(voorstelId, gebruiker);
        var nu = Timestamp.from(clock.instant());
        handelAf(voorstelId, "bevestigd", gebruiker, nu);
        jdbc.sql("""
                insert into leefgeld.leefgeldrekening (gemeente_code, iban, bic, naam, gewijzigd_door, gewijzigd_op, voorgesteld_door)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (gemeente_code) do update set iban = excluded.iban, bic = excluded.bic, naam = excluded.naam,
                    gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = excluded.gewijzigd_op,
                    voorgesteld_door = excluded.voorgesteld_door""")
                .params(gebruiker.eigenGemeente(), voorstel.iban(), voorstel.bic(), voorstel.naam(), gebruiker.gebruikersnaam(), nu,
                        voorstel.voorgesteldDoor())
                .update();
        return new Rekening(voorstel.iban(), voorstel.bic(), voorstel.naam());
    }

    /** Another employee rejects the open proposal; the account stays as it was. */
    public Rekeningvoorstel wijsRekeningAf(UUID voorstelId, Gebruiker gebruiker) {
        var voorstel = openVoorstel(voorstelId, gebruiker);
        handelAf(voorstelId, "afgewezen", gebruiker, Timestamp.from(clock.instant()));
        return voorstel;
    }

    /**
     * Closes the proposal only while it is still open. A confirmation and a rejection racing each
     * other, or a newer proposal replacing this one after it was read, would otherwise both "win":
     * the replaced IBAN would become the debtor account. The loser gets a conflict before it writes
     * anything else, and its transaction changes nothing.
     */
    private void handelAf(UUID voorstelId, String status, Gebruiker gebruiker, Timestamp nu) {
        int gezet = jdbc.sql("""
                update leefgeld.leefgeldrekening_voorstel set status = ?, afgehandeld_door = ?, afgehandeld_op = ?
                 where id = ? and status = 'open'""")
                .params(status, gebruiker.gebruikersnaam(), nu, voorstelId).update();
        if (gezet == 0) {
            throw new Conflict("voorstel-afgehandeld", Berichten.tekst("betaalrun.conflict.voorstelAfgehandeld"));
        }
    }

    /**
     * The proposal of the user's gemeente that is still open. One that was confirmed, rejected or
     * replaced is a conflict (someone else was first), one of another gemeente does not exist.
     */
    private Rekeningvoorstel openVoorstel(UUID voorstelId, Gebruiker gebruiker) {
        var status = jdbc.sql("select status from leefgeld.leefgeldrekening_voorstel where id = ? and gemeente_code = ?")
                .params(voorstelId, Betaalrunlevenscyclus.gemeenteVan(gebruiker)).query(String.class).optional()
                .orElseThrow(() -> new NietGevonden("Voorstel"));
        var voorstel = rekeningvoorstel(gebruiker).filter(v -> "open".equals(status) && v.id().equals(voorstelId))
                .orElseThrow(() -> new Conflict("voorstel-afgehandeld", Berichten.tekst("betaalrun.conflict.voorstelAfgehandeld")));
        if (voorstel.voorgesteldDoor().equals(gebruiker.gebruikersnaam())) {
            throw new Conflict("vier-ogen", Berichten.tekst("betaalrun.conflict.vierOgenRekening"));
        }
        return voorstel;
    }
}
