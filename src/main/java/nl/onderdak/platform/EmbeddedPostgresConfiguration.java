package nl.onderdak.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts PostgreSQL 17 inside the application when no external database is configured.
 *
 * <p>The embedded server is the default so that one command starts the whole system on a fresh
 * machine. Its data lives under {@code onderdak.embedded-postgres.data-dir} (default
 * {@code ./data/postgres}) and survives restarts. As soon as {@code spring.datasource.url} is set
 * (for example through {@code SPRING_DATASOURCE_URL}), this configuration steps aside and Spring
 * Boot's ordinary data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.GeenExterneDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${onderdak.embedded-postgres.data-dir:./data/postgres}") Path dataDir,
            @Value("${onderdak.embedded-postgres.port:54329}") int port,
            @Value("${onderdak.embedded-postgres.clean:false}") boolean clean) throws IOException {
        Files.createDirectories(dataDir);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toAbsolutePath())
                .setCleanDataDirectory(clean)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (port > 0) {
            builder.setPort(port);
        }
        var pg = builder.start();
        log.info("Ingebouwde PostgreSQL draait op poort {} met data in {}", pg.getPort(), dataDir.toAbsolutePath());
        return pg;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg,
            @Value("${onderdak.embedded-postgres.pool-size:10}") int poolSize) {
        var config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("onderdak-embedded");
        return new HikariDataSource(config);
    }

    static class GeenExterneDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
