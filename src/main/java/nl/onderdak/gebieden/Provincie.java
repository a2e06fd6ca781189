package nl.onderdak.gebieden;

public record Provincie(String code, String naam) {
}
