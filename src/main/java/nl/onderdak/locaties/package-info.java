/** Reception locations of a gemeente: address, kind, availability, status and beds over time. */
@org.springframework.modulith.ApplicationModule(displayName = "Locaties")
package nl.onderdak.locaties;
