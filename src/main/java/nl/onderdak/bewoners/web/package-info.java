/** The residents' pages and API: text from forms and requests is parsed here, the facade does the rest. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.bewoners.web;
