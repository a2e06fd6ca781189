// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a municipal layout from a CBS file, all or nothing: a file with any error stores nothing,
 * and every error in it is reported at once with its line number.
 */
@Service
public class CbsImport {

    /** Outcome of an import: the errors found, or the number of gemeenten stored. */
    public record Uitkomst(int aantalGemeenten, List<Melding> fouten) {
        public boolean gelukt() {
            return fouten.isEmpty();
        }
    }

    /** An error in the file: line number (1 is the header), column name or null, and the message. */
    public record Melding(int regel, String kolom, String melding) {
    }

    private final JdbcClient jdbc;

    /**
     * Who may load a new layout: a national administrator. The menu asks this; the address
     * {@code /beheer/**} is closed to anyone else by the security configuration, with the same role.
     */
    public static boolean magImporteren(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && gebruiker.heeft(Rol.BEHEERDER);
    }

    CbsImport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Imports an uploaded file: every figure must be present. */
    @Transactional
    public Uitkomst importeer(LocalDate indeling, byte[] inhoud, String bron, String door) {
        return importeer(indeling, inhoud, bron, door, CbsBestand.OntbrekendCijfer.FOUT);
    }

    @Transactional
    Uitkomst importeer(LocalDate indeling, byte[] inhoud, String bron, String door,
            CbsBestand.OntbrekendCijfer ontbrekend) {
        if (indeling == null) {
            return new Uitkomst(0, List.of(new Melding(0, "indeling", Berichten.tekst("cbs.rij.indelingOntbreekt"))));
        }
        var bestaat = jdbc.sql("select count(*) from gebieden.indeling where datum = ?").param(indeling).query(Integer.class).single() > 0;
        if (bestaat) {
            return new Uitkomst(0, List.of(new Melding(0, "indeling",
                    Berichten.tekst("cbs.rij.indelingBestaat", Weergave.in(Berichten.taal()).datum(indeling)))));
        }
        var regioProvincie = jdbc.sql("select code, provincie_code from gebieden.veiligheidsregio")
                .query((rs, i) -> java.util.Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
        var resultaat = CbsBestand.lees(inhoud, regioProvincie, ontbrekend);
        if (!resultaat.geldig()) {
            return new Uitkomst(0, resultaat.fouten().stream()
                    .map(f -> new Melding(f.regel(), f.kolom(), f.melding())).toList());
        }
        var gedekt = resultaat.rijen().stream().map(CbsBestand.Rij::regioCode).collect(Collectors.toSet());
        var zonderGemeenten = new java.util.TreeSet<>(regioProvincie.keySet());
        zonderGemeenten.removeAll(gedekt);
        if (!zonderGemeenten.isEmpty()) {
            // A layout is the whole country; a partial one would shrink every region's scope and the key.
            return new Uitkomst(0, List.of(new Melding(0, "vr_code",
                    Berichten.tekst("cbs.rij.nietHeelNederland", Berichten.opsomming(zonderGemeenten)))));
        }
        jdbc.sql("insert into gebieden.indeling (datum, bron, geladen_door) values (?, ?, ?)")
                .params(indeling, bron, door).update();
        for (var rij : resultaat.rijen()) {
            jdbc.sql("""
                    insert into gebieden.gemeente (indeling, code, naam, veiligheidsregio_code, provincie_code)
                    values (?, ?, ?, ?, ?)""")
                    .params(indeling, rij.code(), rij.naam(), rij.regioCode(), rij.provincieCode()).update();
            for (var cijfer : rij.inwonersPerPeiljaar().entrySet()) {
                jdbc.sql("""
                        insert into gebieden.gemeente_kerncijfer (indeling, gemeente_code, peiljaar, inwoners, landoppervlakte_ha, bron)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(indeling, rij.code(), cijfer.getKey(), cijfer.getValue(), rij.landoppervlakteHa(),
                                rij.bron().isBlank() ? bron : bron + " — " + rij.bron())
                        .update();
            }
        }
        return new Uitkomst(resultaat.rijen().size(), List.of());
    }
}
