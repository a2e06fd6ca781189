// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.Werk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who asked for an e-mail when new work arrives, with a snapshot of their organisation and roles (the
 * job runs without anyone logged in), and which items each of them has been told about already.
 */
@Repository
public class Abonnementen {

    /** One subscriber as stored. */
    public record Abonnement(String gebruikersnaam, String weergavenaam, String organisatieCode, Set<Rol> rollen,
            String emailadres, Locale taal) {
    }

    /**
     * Per kind, the oldest this many items are looked at for new work and remembered as announced. A
     * gemeente with 100,000 residents has some 80,000 deadlines: remembering each for every subscriber
     * would be a table of millions, and building them all every round took seconds. Work beyond the
     * window is announced when it moves into it, as the older work is done.
     */
    public static final int VENSTER = 1_000;

    private final JdbcClient jdbc;
    private final Clock klok;

    Abonnementen(JdbcClient jdbc, Clock klok) {
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /**
     * The key that identifies an item between two runs: kind, link and since. Not the description,
     * which depends on the language and may name people.
     */
    public static String sleutel(Werk werk) {
        return werk.soort() + "|" + werk.link() + "|" + werk.sinds().toEpochMilli();
    }

    public Optional<Abonnement> van(String gebruikersnaam) {
        return jdbc.sql("select * from werkvoorraad.abonnement where gebruikersnaam = ?").param(gebruikersnaam)
                .query(this::abonnement).optional();
    }

    public List<Abonnement> alle() {
        return jdbc.sql("select * from werkvoorraad.abonnement order by gebruikersnaam").query(this::abonnement).list();
    }

    /**
     * Subscribes the user (or changes the address). A new subscriber is not mailed about what already
     * waits: {@code huidigWerk} is recorded as known, so the first e-mail holds only new work.
     */
    @Transactional
    public void aanmelden(Gebruiker gebruiker, String emailadres, Locale taal, Collection<Werk> huidigWerk) {
        var nu = Timestamp.from(klok.instant());
        int nieuw = jdbc.sql("""
                insert into werkvoorraad.abonnement (gebruikersnaam, weergavenaam, organisatie_code, rollen, emailadres, taal,
                    aangemeld_op, bijgewerkt_op)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (gebruikersnaam) do nothing""")
                .params(gebruiker.gebruikersnaam(), gebruiker.weergavenaam(), gebruiker.organisatie().code(),
                        rollen(gebruiker), emailadres, taalcode(taal), nu, nu)
                .update();
        if (nieuw == 0) {
            jdbc.sql("""
                    update werkvoorraad.abonnement set weergavenaam = ?, organisatie_code = ?, rollen = ?, emailadres = ?,
                        taal = ?, bijgewerkt_op = ? where gebruikersnaam = ?""")
                    .params(gebruiker.weergavenaam(), gebruiker.organisatie().code(), rollen(gebruiker), emailadres,
                            taalcode(taal), nu, gebruiker.gebruikersnaam())
                    .update();
        } else {
            markeer(gebruiker.gebruikersnaam(), huidigWerk.stream().map(Abonnementen::sleutel).toList());
        }
    }

    public void afmelden(String gebruikersnaam) {
        jdbc.sql("delete from werkvoorraad.abonnement where gebruikersnaam = ?").param(gebruikersnaam).update();
    }

    /** Keeps the snapshot current: called when a subscriber visits the start page. */
    public void vernieuw(Gebruiker gebruiker) {
        jdbc.sql("""
                update werkvoorraad.abonnement set weergavenaam = ?, organisatie_code = ?, rollen = ?, bijgewerkt_op = ?
                where gebruikersnaam = ? and (weergavenaam, organisatie_code, rollen) is distinct from (?, ?, ?)""")
                .params(gebruiker.weergavenaam(), gebruiker.organisatie().code(), rollen(gebruiker),
                        Timestamp.from(klok.instant()), gebruiker.gebruikersnaam(), gebruiker.weergavenaam(),
                        gebruiker.organisatie().code(), rollen(gebruiker))
                .update();
    }

    public Set<String> gemeld(String gebruikersnaam) {
        return new HashSet<>(jdbc.sql("select sleutel from werkvoorraad.gemeld_werk where gebruikersnaam = ?")
                .param(gebruikersnaam).query(String.class).list());
    }

    public void markeer(String gebruikersnaam, Collection<String> sleutels) {
        if (sleutels.isEmpty()) {
            return;
        }
        // One statement for all keys: a new subscriber of a large gemeente has thousands of items.
        jdbc.sql("insert into werkvoorraad.gemeld_werk (gebruikersnaam, sleutel, gemeld_op) select ?, s, ? from unnest(?) as s "
                + "on conflict do nothing").params(gebruikersnaam, Timestamp.from(klok.instant()), sleutels.toArray(String[]::new)).update();
    }

    /** Forgets announced items that no longer wait, so the table stays as small as the work itself. */
    public void vergeetBehalve(String gebruikersnaam, Set<String> sleutels) {
        jdbc.sql("delete from werkvoorraad.gemeld_werk where gebruikersnaam = ? and not (sleutel = any (?))")
                .params(gebruikersnaam, sleutels.toArray(String[]::new)).update();
    }

    private static String rollen(Gebruiker gebruiker) {
        return gebruiker.rollen().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }

    private static String taalcode(Locale taal) {
        return "en".equals(taal.getLanguage()) ? "en" : "nl";
    }

    private Abonnement abonnement(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        var rollen = Arrays.stream(rs.getString("rollen").split(",")).filter(s -> !s.isBlank())
                .flatMap(s -> Arrays.stream(Rol.values()).filter(r -> r.name().equals(s)))
                .collect(Collectors.toSet());
        return new Abonnement(rs.getString("gebruikersnaam"), rs.getString("weergavenaam"),
                rs.getString("organisatie_code"), rollen, rs.getString("emailadres"),
                Locale.forLanguageTag(rs.getString("taal")));
    }
}
