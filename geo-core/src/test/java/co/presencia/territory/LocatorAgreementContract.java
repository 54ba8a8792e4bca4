package co.presencia.territory;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.spatial.MunicipalityLocator;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The SQL store and the in-memory JTS index place the same probe points in the same municipality: interior points
 * of every unit and of every part of multipart units, vertices of shared borders (decided by the border rule:
 * smallest code), points a micro-degree either side of those vertices, the San Andrés archipelago, and points at
 * sea or abroad. The H2GIS and PostGIS subclasses together show that all three agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LocatorAgreementContract {

    private static final double NUDGE = 1e-6;
    private TerritoryRepository store;
    private MunicipalityLocator<DivipolaCode> memory;
    private ReferenceCatalog catalog;

    protected abstract Database newDatabase();

    @BeforeAll
    void setUp() {
        catalog = ReferenceData.catalog();
        store = new TerritoryRepository(newDatabase());
        store.replaceAll(catalog, "locator-agreement");
        Map<DivipolaCode, Geometry> polygons = new TreeMap<>();
        catalog.municipalitiesWithBoundary().forEach(m -> polygons.put(m.code(), m.geometry()));
        memory = MunicipalityLocator.build(polygons);
    }

    @Test
    void interiorPointsOfEveryUnitAndEveryPartAreTheirOwn() {
        List<double[]> points = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<DivipolaCode> owners = new ArrayList<>();
        for (Municipality m : catalog.municipalitiesWithBoundary()) {
            for (int i = 0; i < m.geometry().getNumGeometries(); i++) {
                Coordinate p = InteriorPointArea.getInteriorPoint(m.geometry().getGeometryN(i));
                points.add(new double[] {p.x, p.y});
                labels.add(m.code() + " part " + i);
                owners.add(m.code());
            }
        }
        List<Optional<DivipolaCode>> inStore = store.locateAll(points);
        for (int i = 0; i < points.size(); i++) {
            assertThat(memory.locate(points.get(i)[0], points.get(i)[1])).as("memory, %s", labels.get(i)).contains(owners.get(i));
            assertThat(inStore.get(i)).as("store, %s", labels.get(i)).contains(owners.get(i));
        }
        assertThat(points.size()).isGreaterThan(1122);
    }

    @Test
    void borderVerticesAndPointsBesideThemAgree() {
        Map<String, double[]> probes = new LinkedHashMap<>();
        for (Municipality m : catalog.municipalitiesWithBoundary()) {
            Coordinate[] coordinates = m.geometry().getCoordinates();
            for (int i = 0; i < coordinates.length; i += 97) {
                Coordinate c = coordinates[i];
                probes.put(m.code() + "#" + i, new double[] {c.x, c.y});
                probes.put(m.code() + "#" + i + "+x", new double[] {c.x + NUDGE, c.y});
                probes.put(m.code() + "#" + i + "-x", new double[] {c.x - NUDGE, c.y});
                probes.put(m.code() + "#" + i + "+y", new double[] {c.x, c.y + NUDGE});
                probes.put(m.code() + "#" + i + "-y", new double[] {c.x, c.y - NUDGE});
            }
        }
        List<String> disagreements = new ArrayList<>();
        int onBorderBetweenTwo = 0;
        List<Optional<DivipolaCode>> storeAnswers = store.locateAll(new ArrayList<>(probes.values()));
        int index = 0;
        for (Map.Entry<String, double[]> probe : probes.entrySet()) {
            double[] p = probe.getValue();
            Optional<DivipolaCode> inMemory = memory.locate(p[0], p[1]);
            Optional<DivipolaCode> inStore = storeAnswers.get(index++);
            if (!inMemory.equals(inStore)) {
                disagreements.add(probe.getKey() + " (" + p[0] + ", " + p[1] + "): memory " + inMemory + ", store " + inStore);
            }
            if (!probe.getKey().contains("+") && !probe.getKey().contains("-") && inMemory.isPresent()
                    && !inMemory.get().equals(new DivipolaCode(probe.getKey().substring(0, 5)))) {
                onBorderBetweenTwo++;
            }
        }
        assertThat(disagreements).as("of %d probes", probes.size()).isEmpty();
        assertThat(probes.size()).isGreaterThan(5_000);
        // Shared vertices were assigned by the border rule to the smaller code, so some belong to the neighbour.
        assertThat(onBorderBetweenTwo).isGreaterThan(100);
    }

    @Test
    void sanAndresProvidenciaAndTheSeaAroundThem() {
        Map<String, Optional<DivipolaCode>> expected = new LinkedHashMap<>();
        expected.put("-81.7006,12.5847", Optional.of(new DivipolaCode("88001")));
        expected.put("-81.3740,13.3500", Optional.of(new DivipolaCode("88564")));
        expected.put("-81.5000,12.9000", Optional.empty());
        expected.put("-79.0000,5.0000", Optional.empty());
        expected.put("-75.0000,15.0000", Optional.empty());
        expected.put("-66.0000,4.0000", Optional.empty());
        expected.forEach((point, code) -> {
            String[] xy = point.split(",");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            assertThat(memory.locate(x, y)).as("memory " + point).isEqualTo(code);
            assertThat(store.locate(x, y)).as("store " + point).isEqualTo(code);
        });
    }
}
