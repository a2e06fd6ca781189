// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes {@link Weergave} available in every template as {@code #nl}: {@code ${#nl.tijdstip(x)}},
 * {@code ${#nl.bedrag(x)}}. Templates use it instead of {@code #temporals} and {@code #numbers},
 * which show a moment in the server's zone and need the separators spelled out each time
 * ({@code WeergaveTest} fails on a template that still uses them).
 */
@Component
class WeergaveDialect extends AbstractDialect implements IExpressionObjectDialect {

    WeergaveDialect() {
        super("onderdak-weergave");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("nl");
            }

            @Override
            public Object buildObject(IExpressionContext context, String naam) {
                return Weergave.in(context.getLocale());
            }

            @Override
            public boolean isCacheable(String naam) {
                return true;
            }
        };
    }
}
