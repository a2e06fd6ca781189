/** Placement pages and API: text from forms and requests becomes typed commands here, once. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.plaatsing.web;
