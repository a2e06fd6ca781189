// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
@NullMarked
package nl.onderdak.spreiding.web;

import org.jspecify.annotations.NullMarked;
