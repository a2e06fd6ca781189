/** Displaced persons and their households: identity, registration status, residence document, vulnerability. */
@org.springframework.modulith.ApplicationModule(displayName = "Bewoners")
package nl.onderdak.bewoners;
