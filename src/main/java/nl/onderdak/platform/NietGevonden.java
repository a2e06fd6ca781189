// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

/**
 * The thing asked for does not exist or lies outside the user's scope. Both answer 404 with the
 * same text, so that a user cannot learn that something exists outside their scope.
 */
public class NietGevonden extends RuntimeException {
    public NietGevonden(String wat) {
        // Dutch names the thing ("Huishouden is niet gevonden."); English says the same without the Dutch noun.
        super(Berichten.tekst("invoer.nietGevonden", wat));
    }
}
