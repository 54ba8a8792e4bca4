package co.presencia.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The .prj texts DANE and common tools write, and the SRID each means. */
class PrjCrsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ESRI WGS 84 (this project's derived shapefiles)|GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]|4326",
            "ESRI MAGNA-SIRGAS (DANE MGN)|GEOGCS[\"GCS_MAGNA\",DATUM[\"D_MAGNA\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]|4686",
            "ESRI Origen Nacional|PROJCS[\"MAGNA-SIRGAS_Origen-Nacional\",GEOGCS[\"GCS_MAGNA\",DATUM[\"D_MAGNA\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]]],PROJECTION[\"Transverse_Mercator\"]]|9377",
            "ESRI Colombia Bogota zone|PROJCS[\"MAGNA_Colombia_Bogota\",GEOGCS[\"GCS_MAGNA\"]]|3116",
            "OGC WKT with authority|GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\"],AUTHORITY[\"EPSG\",\"4326\"]]|4326"})
    void recognises(String description, String wkt, int srid) {
        assertThat(PrjCrs.sridOf(wkt)).hasValue(srid);
    }
}
