/** Bekostiging's pages and API: they parse text into typed commands and call the module's inside. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.bekostiging.web;
