package nl.onderdak.locaties;

public record StatusInvoer(String ingangsdatum, String status, String reden) {
}
