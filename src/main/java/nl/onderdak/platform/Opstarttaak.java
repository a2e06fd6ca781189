// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

/**
 * Work a module does once at start-up, in a named {@link Opstartfase}. Each task must be idempotent
 * and safe with several instances (an advisory lock where it writes), because every instance runs it.
 * Tasks of one phase must not depend on each other.
 */
public interface Opstarttaak {

    Opstartfase fase();

    void voerUit() throws Exception;
}
