/** The inside of gebieden: reading CBS files, storing a layout and loading the shipped reference data. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.gebieden.internal;
