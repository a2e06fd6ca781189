/**
 * Financing (bekostiging): dated norm amounts, the claim of a gemeente from its realised beds and its
 * people in private reception, declarations of extra costs, transition-fee requests with the NOO's
 * 48-hour clock, and the safety regions' cost applications per half-year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bekostiging")
package nl.onderdak.bekostiging;
