/** Organisations, users, roles and the scope that limits what each user sees to their organisation's part of the country. */
@org.springframework.modulith.ApplicationModule(displayName = "Toegang")
package nl.onderdak.toegang;
