// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outlines of the safety regions as SVG paths, for maps drawn on the server (no map tiles, no
 * script, works without a network). Source: CBS/PDOK boundaries generalised by the VWS dashboard
 * team (see referentiedata/BRONNEN.md). Coordinates are projected with an equirectangular
 * projection corrected for the latitude of the Netherlands, which is accurate enough for a
 * choropleth.
 */
@Service
public class Kaarten {

    /** One region's outline: its code and the SVG path in a {@link #BREEDTE} by {@link #HOOGTE} box. */
    public record Regiovorm(String code, String pad, double labelX, double labelY) {
    }

    public static final int BREEDTE = 480;
    public static final int HOOGTE = 560;
    private static final List<LocalDate> BESCHIKBAAR =
            List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 24), LocalDate.of(2023, 1, 1));

    private final Map<LocalDate, List<Regiovorm>> cache = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    /** The region outlines of the newest boundary file on or before the layout date. */
    public List<Regiovorm> regiovormen(LocalDate indeling) {
        var bestand = BESCHIKBAAR.stream().filter(d -> !d.isAfter(indeling)).reduce((a, b) -> b)
                .orElse(BESCHIKBAAR.getFirst());
        return cache.computeIfAbsent(bestand, this::lees);
    }

    private List<Regiovorm> lees(LocalDate datum) {
        JsonNode root;
        try (var in = new ClassPathResource("referentiedata/geo/veiligheidsregios_" + datum + ".geojson").getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Bounding box over all features first, so every region shares one projection.
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        double cos = Math.cos(Math.toRadians(52.2));
        var features = new ArrayList<JsonNode>();
        root.get("features").forEach(features::add);
        for (var f : features) {
            for (var ring : ringen(f.get("geometry"))) {
                for (var p : ring) {
                    double x = p.get(0).asDouble() * cos, y = -p.get(1).asDouble();
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        double schaal = Math.min((BREEDTE - 10) / (maxX - minX), (HOOGTE - 10) / (maxY - minY));
        var vormen = new ArrayList<Regiovorm>();
        for (var f : features) {
            var pad = new StringBuilder();
            double sx = 0, sy = 0;
            int n = 0;
            for (var ring : ringen(f.get("geometry"))) {
                boolean eerste = true;
                for (var p : ring) {
                    double x = 5 + (p.get(0).asDouble() * cos - minX) * schaal;
                    double y = 5 + (-p.get(1).asDouble() - minY) * schaal;
                    pad.append(eerste ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                    eerste = false;
                    sx += x;
                    sy += y;
                    n++;
                }
                pad.append('Z');
            }
            var props = f.get("properties");
            var code = props.has("code") ? props.get("code").asString() : props.get("vr_code").asString();
            vormen.add(new Regiovorm(code, pad.toString(), sx / n, sy / n));
        }
        vormen.sort(java.util.Comparator.comparing(Regiovorm::code));
        return List.copyOf(vormen);
    }

    private static List<JsonNode> ringen(JsonNode geometrie) {
        var ringen = new ArrayList<JsonNode>();
        var coords = geometrie.get("coordinates");
        switch (geometrie.get("type").asString()) {
            case "Polygon" -> coords.forEach(ringen::add);
            case "MultiPolygon" -> coords.forEach(poly -> poly.forEach(ringen::add));
            default -> throw new IllegalStateException("onverwachte geometrie " + geometrie.get("type"));
        }
        return ringen;
    }
}
