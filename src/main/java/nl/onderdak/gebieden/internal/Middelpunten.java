// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The centre of each gemeente, computed from its CBS boundary: the area-weighted centroid of all
 * its polygons (islands included, holes subtracted). Used to rank placement suggestions by distance
 * between gemeenten; within the Netherlands an equirectangular approximation is accurate to well
 * under one percent, which is far finer than the ranking needs.
 */
final class Middelpunten {

    /** A point in degrees (WGS84). */
    public record Punt(double breedtegraad, double lengtegraad) {

        /** Distance in kilometres to another point (equirectangular, fine within the country). */
        public double afstandKm(Punt ander) {
            double gemiddeld = Math.toRadians((breedtegraad + ander.breedtegraad) / 2);
            double dx = Math.toRadians(ander.lengtegraad - lengtegraad) * Math.cos(gemiddeld);
            double dy = Math.toRadians(ander.breedtegraad - breedtegraad);
            return AARDSTRAAL_KM * Math.sqrt(dx * dx + dy * dy);
        }
    }

    static final double AARDSTRAAL_KM = 6371.0;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Middelpunten() {
    }

    /** Gemeente code to centre, for every feature of a GeoJSON file with a {@code gm_code} property. */
    public static Map<String, Punt> lees(InputStream geojson) {
        JsonNode root;
        try {
            root = JSON.readTree(geojson);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Geen geldige GeoJSON: " + e.getMessage(), e);
        }
        var uit = new LinkedHashMap<String, Punt>();
        for (var feature : root.get("features")) {
            var code = feature.get("properties").get("gm_code").asString();
            uit.put(code, zwaartepunt(feature.get("geometry")));
        }
        return uit;
    }

    /**
     * Centroid of a Polygon or MultiPolygon. Longitudes are scaled by the cosine of the mean
     * latitude so that areas are weighted as they lie on the ground.
     */
    static Punt zwaartepunt(JsonNode geometrie) {
        var polygonen = new ArrayList<JsonNode>();
        switch (geometrie.get("type").asString()) {
            case "Polygon" -> polygonen.add(geometrie.get("coordinates"));
            case "MultiPolygon" -> geometrie.get("coordinates").forEach(polygonen::add);
            default -> throw new IllegalArgumentException("Onbekend geometrietype " + geometrie.get("type"));
        }
        double cos = Math.cos(Math.toRadians(52.2));
        // Work relative to the first vertex: products of small numbers keep their precision.
        var eerste = polygonen.getFirst().get(0).get(0);
        double x0 = eerste.get(0).asDouble() * cos, y0 = eerste.get(1).asDouble();
        double oppervlak = 0, sx = 0, sy = 0;
        for (var polygoon : polygonen) {
            for (int r = 0; r < polygoon.size(); r++) {
                var ring = polygoon.get(r);
                // The shoelace formula gives a signed area; GeoJSON holes run the other way from their
                // outer ring, so adding signed terms subtracts them. Normalise the sign per polygon.
                List<double[]> punten = new ArrayList<>();
                ring.forEach(p -> punten.add(new double[] {p.get(0).asDouble() * cos - x0, p.get(1).asDouble() - y0}));
                double a = 0, cx = 0, cy = 0;
                for (int i = 0; i < punten.size() - 1; i++) {
                    double[] p = punten.get(i), q = punten.get(i + 1);
                    double kruis = p[0] * q[1] - q[0] * p[1];
                    a += kruis;
                    cx += (p[0] + q[0]) * kruis;
                    cy += (p[1] + q[1]) * kruis;
                }
                boolean buitenring = r == 0;
                double teken = (a >= 0) == buitenring ? 1 : -1;
                oppervlak += teken * a / 2;
                sx += teken * cx / 6;
                sy += teken * cy / 6;
            }
        }
        if (oppervlak == 0) {
            throw new IllegalArgumentException("Geometrie zonder oppervlak");
        }
        return new Punt(y0 + sy / oppervlak, (x0 + sx / oppervlak) / cos);
    }

    static Map<String, Punt> leesBron(String pad) {
        try (var in = Middelpunten.class.getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Ontbreekt: " + pad);
            }
            return lees(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
