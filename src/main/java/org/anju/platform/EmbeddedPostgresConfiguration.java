package org.anju.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no datasource URL is configured, so that
 * {@code mvn spring-boot:run} works on a machine with only a JDK and Maven. Its data stays
 * under {@code anju.data-dir}/pg, so a restart keeps what was entered.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** zonky's own shutdown hook would stop PostgreSQL before the pool closes; Spring closes it after the DataSource instead. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${anju.data-dir}") Path dataDir,
                                      @Value("${anju.embedded-db.port:0}") int port,
                                      @Value("${anju.embedded-db.clean:false}") boolean clean,
                                      @Value("${anju.embedded-db.allowed:true}") boolean allowed) throws IOException {
        if (!allowed) {
            throw new IllegalStateException("ANJU_DB_URL is required in this profile: the embedded database is for development and demos only");
        }
        Path pgDir = dataDir.resolve(clean ? "pg-" + ProcessHandle.current().pid() : "pg").toAbsolutePath();
        Files.createDirectories(pgDir.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(clean)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setOverrideWorkingDirectory(dataDir.resolve("pg-bin").toAbsolutePath().toFile())
                .setLocaleConfig("encoding", "UTF8");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), pgDir);
        return pg;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("anju-embedded");
        // Plan every statement with its values: a cached generic plan cannot use the region-path prefix index
        // for "region_path like ?" and scans the whole province (see application.properties).
        ds.addDataSourceProperty("prepareThreshold", "0");
        return ds;
    }
}
