// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** Pages and endpoints of monitoring; they may use the module's internals, no other module uses them. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.monitoring.web;
