/** Who sleeps where: placements of people in reception locations, and the occupancy that follows from them. */
@org.springframework.modulith.ApplicationModule(displayName = "Plaatsing")
package nl.onderdak.plaatsing;
