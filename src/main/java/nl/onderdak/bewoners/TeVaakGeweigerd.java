package nl.onderdak.bewoners;

/** A user reached today's limit of registrations refused because the person exists elsewhere (answered 429). */
public class TeVaakGeweigerd extends RuntimeException {

    public TeVaakGeweigerd(String detail) {
        super(detail);
    }
}
