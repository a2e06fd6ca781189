/** The inside of opgave: what only the module itself needs. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.opgave.internal;
