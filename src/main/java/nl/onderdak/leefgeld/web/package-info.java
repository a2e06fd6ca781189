/** Leefgeld's screens and API; they parse text once and call the module's services with typed values. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.leefgeld.web;
