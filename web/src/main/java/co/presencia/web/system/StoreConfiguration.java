package co.presencia.web.system;

import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.SchemaMigrator;
import co.presencia.spatial.sql.SqlDialect;
import co.presencia.coverage.TargetRepository;
import co.presencia.territory.TerritoryRepository;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the store from {@code spring.datasource.url}: {@code jdbc:h2:file:…} is the embedded H2GIS default,
 * {@code jdbc:postgresql://…} is PostgreSQL + PostGIS. Applies the dialect's migrations at start.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    Database database(DataSource dataSource, @Value("${spring.datasource.url}") String url) {
        Database database = Database.of(dataSource, SqlDialect.fromJdbcUrl(url));
        SchemaMigrator.migrate(database);
        return database;
    }

    @Bean
    TerritoryRepository territoryRepository(Database database) {
        return new TerritoryRepository(database);
    }

    @Bean
    TargetRepository targetRepository(Database database) {
        return new TargetRepository(database);
    }
}
