package co.presencia.territory;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.SchemaMigrator;
import co.presencia.testing.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The store contract for the reference territory. Subclasses run it on H2GIS and on PostGIS. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TerritoryRepositoryContract {

    private Database database;
    private TerritoryRepository repository;
    private ReferenceCatalog original;
    private ReferenceCatalog stored;

    protected abstract Database newDatabase();

    @BeforeAll
    void storeTheRealCatalog() {
        database = newDatabase();
        repository = new TerritoryRepository(database);
        original = ReferenceData.catalog();
        repository.replaceAll(original, "fingerprint-1");
        stored = repository.loadCatalog();
    }

    @Test
    void roundTripKeepsEveryUnitAndGroup() {
        assertThat(stored.municipalities()).hasSize(1123);
        assertThat(stored.departments()).hasSize(33);
        assertThat(stored.placeNames()).isEqualTo(original.placeNames());
        assertThat(stored.placeNames().size()).isGreaterThan(1123);
        assertThat(stored.groups()).extracting(TerritoryGroup::id)
                .containsExactlyElementsOf(original.groups().stream().map(TerritoryGroup::id).toList());
        for (TerritoryGroup group : original.groups()) {
            assertThat(stored.group(group.id()).orElseThrow()).as(group.id()).isEqualTo(group);
        }
    }

    @Test
    void roundTripKeepsAttributesPopulationAndExactGeometry() {
        for (Municipality m : original.municipalities()) {
            Municipality back = stored.municipality(m.code()).orElseThrow();
            assertThat(back.name()).isEqualTo(m.name());
            assertThat(back.department()).isEqualTo(m.department());
            assertThat(back.type()).isEqualTo(m.type());
            assertThat(back.population()).isEqualTo(m.population());
            assertThat(back.lifespan()).isEqualTo(m.lifespan());
            assertThat(back.rurality()).isEqualTo(m.rurality());
            assertThat(back.seat()).as(m.code().value()).isEqualTo(m.seat());
            if (!m.boundaryPublished()) {
                assertThat(back.geometry()).as("27493 has no MGN boundary yet").isNull();
                assertThat(back.seat().getSRID()).isEqualTo(4326);
                continue;
            }
            assertThat(back.geometry().getSRID()).isEqualTo(4326);
            assertThat(back.geometry().getGeometryN(0).getSRID()).isEqualTo(4326);
            assertThat(back.geometry().equalsExact(m.geometry())).as(m.code().value()).isTrue();
        }
        assertThat(stored.vintage(2023).size()).isEqualTo(1121);
        assertThat(stored.vintage(2024).size()).isEqualTo(1122);
    }

    @Test
    void loadReportSurvives() {
        assertThat(stored.loadReport().municipalities()).isEqualTo(1122);
        assertThat(stored.loadReport().vertices()).isEqualTo(original.loadReport().vertices());
        assertThat(stored.loadReport().warnings()).isEqualTo(original.loadReport().warnings());
        assertThat(repository.storedFingerprint()).contains("fingerprint-1");
    }

    @Test
    void replacingIsAtomicAndIdempotent() {
        repository.replaceAll(original, "fingerprint-2");
        assertThat(repository.storedFingerprint()).contains("fingerprint-2");
        assertThat(repository.loadCatalog().municipalities()).hasSize(1123);
        SchemaMigrator.migrate(database);
        assertThat(repository.loadCatalog().municipalities()).hasSize(1123);
        repository.replaceAll(original, "fingerprint-1");
        assertThat(repository.storedFingerprint()).contains("fingerprint-1");
    }

    @Test
    void locatesPointsWithTheBorderRule() {
        assertThat(repository.locate(-75.5636, 6.2518)).contains(new DivipolaCode("05001"));
        assertThat(repository.locate(-74.0817, 4.6097)).contains(new DivipolaCode("11001"));
        assertThat(repository.locate(-81.7006, 12.5847)).contains(new DivipolaCode("88001"));
        assertThat(repository.locate(-79.0, 5.0)).isEmpty();
    }
}
