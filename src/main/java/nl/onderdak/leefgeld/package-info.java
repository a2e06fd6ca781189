/**
 * Living allowance (leefgeld): dated rates, the monthly entitlement of each household with its
 * explanation, payment runs per gemeente and month (SEPA credit transfer, cash list, prepaid load
 * list) with four eyes, and reconciliation with the bank's result.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leefgeld")
package nl.onderdak.leefgeld;
