package co.presencia.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import co.presencia.boundary.BoundaryLoader.BoundarySet;
import co.presencia.territory.LoadReport;
import co.presencia.testing.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.h2gis.functions.factory.H2GISFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader on real MGN files in their three formats, and on small hand-made layers with DANE 2023 field names. */
class BoundaryLoaderTest {

    @TempDir
    Path temp;

    @Test
    void readsTheGeoPackageLayerAndItsEpsg9377TwinToTheSameAreas() {
        Path gpkg = ReferenceData.shapefiles().resolve("boundaries/derived/colombia_mgn2018_caticoa3_topo.gpkg");
        BoundarySet wgs84 = BoundaryLoader.load(gpkg, "mpio", gpkg, "dpto");
        BoundarySet projected = BoundaryLoader.load(gpkg, "mpio_epsg9377", null, null);
        assertThat(wgs84.municipalities()).hasSize(1122);
        assertThat(wgs84.departments()).hasSize(33);
        assertThat(projected.municipalities()).hasSize(1122);
        assertThat(projected.report().municipalCrs()).contains("EPSG:9377");
        Map<String, Double> areas = wgs84.municipalities().stream()
                .collect(Collectors.toMap(m -> m.code().value(), MunicipalBoundary::areaKm2));
        for (MunicipalBoundary m : projected.municipalities()) {
            assertThat(m.geometry().getSRID()).isEqualTo(4326);
            assertThat(m.areaKm2()).as(m.code().value()).isCloseTo(areas.get(m.code().value()), within(areas.get(m.code().value()) * 1e-4 + 1e-3));
        }
        // Departments built by union when no department layer is given.
        assertThat(projected.departments()).hasSize(33);
        assertThat(projected.report().departmentSource()).isEqualTo("union of municipalities");
    }

    @Test
    void shapefileAndGeoPackageGiveTheSameMunicipalities() {
        BoundarySet shp = BoundaryLoader.load(ReferenceData.files().municipalBoundaries(), null, null, null);
        Path gpkg = ReferenceData.shapefiles().resolve("boundaries/derived/colombia_mgn2018_caticoa3_topo.gpkg");
        BoundarySet fromGpkg = BoundaryLoader.load(gpkg, "mpio", null, null);
        Map<String, MunicipalBoundary> byCode = fromGpkg.municipalities().stream()
                .collect(Collectors.toMap(m -> m.code().value(), Function.identity()));
        for (MunicipalBoundary m : shp.municipalities()) {
            MunicipalBoundary other = byCode.get(m.code().value());
            assertThat(other.mgnName()).isEqualTo(m.mgnName());
            assertThat(other.geometry().equalsExact(m.geometry(), 1e-9)).as(m.code().value()).isTrue();
        }
        assertThat(shp.report().municipalEncoding()).isEqualTo("UTF-8");
        assertThat(shp.municipalities().stream().filter(m -> m.code().value().equals("52001")).findFirst().orElseThrow().departmentName())
                .isEqualTo("NARIÑO");
    }

    @Test
    void acceptsDane2023FieldNamesMagnaSirgasPrjAndRepairsABowTie() throws Exception {
        Path shp = temp.resolve("MGN_ADM_MPIO_GRAFICO.shp");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "")) {
            H2GISFunctions.load(c);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (the_geom GEOMETRY(MULTIPOLYGON, 4686), dpto_ccdgo VARCHAR(2), mpio_ccdgo VARCHAR(3), "
                        + "mpio_cdpmp VARCHAR(5), mpio_cnmbr VARCHAR(60), dpto_cnmbr VARCHAR(60))");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (ST_GeomFromText(?, 4686), ?, ?, ?, ?, ?)")) {
                insert(p, "MULTIPOLYGON(((-75.6 6.2, -75.5 6.2, -75.5 6.3, -75.6 6.3, -75.6 6.2)))", "05001", "MEDELLÍN", "ANTIOQUIA");
                // Bow-tie (self-intersecting) ring right beside Medellín: must be repaired and reported.
                insert(p, "MULTIPOLYGON(((-75.5 6.2, -75.4 6.3, -75.4 6.2, -75.5 6.3, -75.5 6.2)))", "05002", "ABEJORRAL", "ANTIOQUIA");
                insert(p, "MULTIPOLYGON(((-77.3 1.2, -77.2 1.2, -77.2 1.3, -77.3 1.3, -77.3 1.2)))", "52001", "PASTO", "NARIÑO");
            }
            try (PreparedStatement w = c.prepareStatement("CALL SHPWRITE(?, 't', 'UTF-8')")) {
                w.setString(1, shp.toString());
                w.execute();
            }
        }
        Files.writeString(shp.resolveSibling("MGN_ADM_MPIO_GRAFICO.prj"),
                "GEOGCS[\"GCS_MAGNA\",DATUM[\"D_MAGNA\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],"
                        + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]", StandardCharsets.US_ASCII);
        Files.writeString(shp.resolveSibling("MGN_ADM_MPIO_GRAFICO.cpg"), "UTF-8", StandardCharsets.US_ASCII);

        BoundarySet set = BoundaryLoader.load(shp, null, null, null);

        assertThat(set.report().fieldConvention()).startsWith("MGN 2023");
        assertThat(set.report().municipalCrs()).contains("EPSG:4686");
        assertThat(set.municipalities()).extracting(m -> m.code().value()).containsExactly("05001", "05002", "52001");
        assertThat(set.municipalities().get(0).mgnName()).isEqualTo("MEDELLÍN");
        assertThat(set.report().repairs()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("05002");
            assertThat(issue.description()).containsIgnoringCase("self-intersection");
        });
        assertThat(set.municipalities().get(1).geometry().isValid()).isTrue();
        assertThat(set.departments()).extracting(d -> d.code().value()).containsExactly("05", "52");
    }

    @Test
    void reportsGapsBetweenMunicipalities() throws Exception {
        Path geojson = temp.resolve("two.geojson");
        Files.writeString(geojson, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"MPIO_CCNCT":"05001","MPIO_CNMBR":"A","DPTO_CCDGO":"05"},
                  "geometry":{"type":"Polygon","coordinates":[[[-75.6,6.2],[-75.5,6.2],[-75.5,6.3],[-75.6,6.3],[-75.6,6.2]]]}},
                 {"type":"Feature","properties":{"MPIO_CCNCT":"05002","MPIO_CNMBR":"B","DPTO_CCDGO":"05"},
                  "geometry":{"type":"Polygon","coordinates":[[[-75.4998,6.2],[-75.4,6.2],[-75.4,6.3],[-75.4998,6.3],[-75.4998,6.2]]]}},
                 {"type":"Feature","properties":{"MPIO_CCNCT":"05004","MPIO_CNMBR":"C","DPTO_CCDGO":"05"},
                  "geometry":{"type":"Polygon","coordinates":[[[-75.6,6.1],[-75.4,6.1],[-75.4,6.2],[-75.4998,6.2],[-75.5,6.2],[-75.6,6.2],[-75.6,6.1]]]}},
                 {"type":"Feature","properties":{"MPIO_CCNCT":"05021","MPIO_CNMBR":"D","DPTO_CCDGO":"05"},
                  "geometry":{"type":"Polygon","coordinates":[[[-75.6,6.3],[-75.5,6.3],[-75.4998,6.3],[-75.4,6.3],[-75.4,6.4],[-75.6,6.4],[-75.6,6.3]]]}}
                ]}""", StandardCharsets.UTF_8);
        BoundarySet set = BoundaryLoader.load(geojson, null, null, null);
        // A 0.0002° (≈22 m) slot enclosed by four municipalities: a sliver gap, edges otherwise matched.
        assertThat(set.municipalities()).hasSize(4);
        assertThat(set.report().coverageGaps()).isEqualTo(1);
        assertThat(set.report().coverageIssues()).extracting(LoadReport.Issue::description).anyMatch(d -> d.startsWith("gap near"));
    }

    @Test
    void namesTheFileAndFieldsWhenTheCodeIsMissing() throws Exception {
        Path geojson = temp.resolve("nocode.geojson");
        Files.writeString(geojson, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"NOMBRE":"X"},
                  "geometry":{"type":"Polygon","coordinates":[[[-75.6,6.2],[-75.5,6.2],[-75.5,6.3],[-75.6,6.2]]]}}]}""",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BoundaryLoader.load(geojson, null, null, null))
                .isInstanceOf(BoundaryFileException.class)
                .hasMessageContaining("nocode.geojson")
                .hasMessageContaining("feature 1")
                .hasMessageContaining("MPIO_CCNCT")
                .hasMessageContaining("NOMBRE");
    }

    private static void insert(PreparedStatement p, String wkt, String code, String name, String department) throws Exception {
        p.setString(1, wkt);
        p.setString(2, code.substring(0, 2));
        p.setString(3, code.substring(2));
        p.setString(4, code);
        p.setString(5, name);
        p.setString(6, department);
        p.executeUpdate();
    }
}
