// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts PostgreSQL 17 inside the application when no external database is configured.
 *
 * <p>The embedded server is the default so that one command starts the whole system on a fresh
 * machine. Its data lives under {@code onderdak.embedded-postgres.data-dir} (default
 * {@code ./data/postgres}) and survives restarts; see {@link IngebouwdePostgres} for its settings,
 * port, lock and roles (ADR 0012). The application connects as {@value IngebouwdePostgres#APPLICATIE},
 * Flyway as {@value IngebouwdePostgres#EIGENAAR}. As soon as {@code spring.datasource.url} is set
 * (for example through {@code SPRING_DATASOURCE_URL}), this configuration steps aside and Spring
 * Boot's ordinary data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.GeenExterneDatabase.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    IngebouwdePostgres ingebouwdePostgres(
            @Value("${onderdak.embedded-postgres.data-dir:./data/postgres}") Path dataDir,
            @Value("${onderdak.embedded-postgres.port:0}") int port,
            @Value("${onderdak.embedded-postgres.clean:false}") boolean clean) {
        return IngebouwdePostgres.start(dataDir, port, clean);
    }

    @Bean
    @Primary
    DataSource dataSource(IngebouwdePostgres pg,
            @Value("${onderdak.embedded-postgres.pool-size:10}") int poolSize,
            @Value("${spring.datasource.hikari.connection-timeout:3000}") long verbindingstijd,
            @Value("${spring.datasource.hikari.data-source-properties.options:}") String sessieopties) {
        var config = new HikariConfig();
        config.setJdbcUrl(pg.jdbcUrl());
        config.setUsername(IngebouwdePostgres.APPLICATIE);
        config.setPassword(pg.wachtwoord(IngebouwdePostgres.APPLICATIE));
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("onderdak-embedded");
        // The driver leaves the server's detail ("Key (bsn)=(…) already exists", "Failing row contains …") out of its
        // exceptions, so an unexpected database error never carries a BSN or a name into the application's log.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        // The session settings of the external pool (application.yaml), such as no parallel query.
        if (!sessieopties.isBlank()) {
            config.addDataSourceProperty("options", sessieopties);
        }
        // A user waits a few seconds at most when the database is gone, then gets a 503 (DatabaseOnbereikbaar).
        config.setConnectionTimeout(verbindingstijd);
        config.setValidationTimeout(Math.min(2000, verbindingstijd - 1));
        return new HikariDataSource(config);
    }

    /** Flyway runs as the owner of the schema; the application's role owns nothing. */
    @Bean
    FlywayConfigurationCustomizer flywayAlsEigenaar(IngebouwdePostgres pg) {
        return configuratie -> configuratie.dataSource(pg.jdbcUrl(), IngebouwdePostgres.EIGENAAR,
                pg.wachtwoord(IngebouwdePostgres.EIGENAAR));
    }

    static class GeenExterneDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
