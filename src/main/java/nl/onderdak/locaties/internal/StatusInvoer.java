package nl.onderdak.locaties.internal;

public record StatusInvoer(String ingangsdatum, String status, String reden) {
}
