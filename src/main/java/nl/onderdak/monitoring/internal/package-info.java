/**
 * The capacity overviews and the weekly KCIO report. No other module uses them, so all of monitoring
 * lives here behind its pages and endpoints in {@code monitoring.web}.
 */
@org.jspecify.annotations.NullMarked
package nl.onderdak.monitoring.internal;
