package nl.onderdak.opgave;

/**
 * What a national user fills in to record a target decision. Fields arrive as text so that every
 * wrong one can be named at once.
 */
public record NieuwOpgavebesluit(String halfjaar, String landelijkTotaal, String peiljaar, String aankondigingsdatum,
        boolean spoed, String spoedReden, String toelichting) {
}
