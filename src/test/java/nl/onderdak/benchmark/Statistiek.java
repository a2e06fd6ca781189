// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmarks report next to their timings: median, p95 and the machine's load. */
final class Statistiek {

    private Statistiek() {
    }

    static double mediaan(List<Double> waarden) {
        var s = waarden.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** Nearest-rank 95th percentile. */
    static double p95(List<Double> waarden) {
        var s = waarden.stream().sorted().toList();
        return s.get((int) Math.ceil(0.95 * s.size()) - 1);
    }

    /** The load average of the machine (Linux), to read the figures by: this runs on shared machines. */
    static String belasting() {
        try {
            var velden = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return velden[0] + " " + velden[1] + " " + velden[2];
        } catch (IOException | RuntimeException e) {
            return "onbekend";
        }
    }
}
