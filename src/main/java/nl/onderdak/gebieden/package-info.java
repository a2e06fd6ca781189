/** Reference geography after CBS: gemeenten, veiligheidsregio's and provincies per layout, with inhabitants and land area per reference year. */
@org.springframework.modulith.ApplicationModule(displayName = "Gebieden")
package nl.onderdak.gebieden;
