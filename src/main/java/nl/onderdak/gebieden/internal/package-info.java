// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** The inside of gebieden: reading CBS files, storing a layout and loading the shipped reference data. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.gebieden.internal;
