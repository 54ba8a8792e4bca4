package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** OGC API – Features Part 1, conformance class Core (OGC 17-069r4, requirements class /req/core). */
class CoreConformanceTest extends OgcServerTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    private static final String ITEMS = "/ogc/collections/municipalities/items";

    @Test
    @DisplayName("/req/core/root-op, /req/core/root-success")
    void landingPageLinksToTheApiConformanceAndData() {
        JsonNode landing = ok("/ogc");
        assertThat(link(landing, "self", null)).isNotNull();
        assertThat(link(landing, "service-desc", null)).endsWith("/ogc/api");
        assertThat(link(landing, "service-doc", "text/html")).isNotNull();
        assertThat(link(landing, "conformance", null)).endsWith("/ogc/conformance");
        assertThat(link(landing, "data", null)).endsWith("/ogc/collections");
        assertThat(ok("/ogc/").path("title").asString()).isEqualTo(landing.path("title").asString());
    }

    @Test
    @DisplayName("/req/core/conformance-op, /req/core/conformance-success")
    void conformanceListsTheImplementedClasses() {
        List<String> classes = new ArrayList<>();
        ok("/ogc/conformance").path("conformsTo").forEach(c -> classes.add(c.asString()));
        assertThat(classes).containsExactlyInAnyOrderElementsOf(Conformance.CLASSES);
    }

    @Test
    @DisplayName("/req/core/http")
    void answersOverHttp11() {
        assertThat(get("/ogc").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("/req/core/query-param-unknown")
    void anUnknownParameterIs400WithTheOgcExceptionDocument() {
        for (String path : List.of("/ogc?foo=1", "/ogc/collections?limit=5", ITEMS + "?colour=red", ITEMS + "/05001?limit=1")) {
            Response r = get(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.json().path("code").asString()).isEqualTo("InvalidParameter");
            assertThat(r.json().path("description").asString()).isNotBlank();
        }
    }

    @Test
    @DisplayName("/req/core/query-param-invalid")
    void anInvalidValueIs400() {
        for (String query : List.of("limit=0", "limit=abc", "offset=-3", "bbox=1,2,3", "year=1999", "datetime=tomorrow", "f=xml",
                "limit=1&limit=2")) {
            Response r = get(ITEMS + "?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.json().path("code").asString()).as(query).startsWith("InvalidParameter");
        }
    }

    @Test
    void anErrorSpeaksTheRequestsLanguageSpanishFirst() {
        assertThat(get(ITEMS + "?limit=ten").json().path("description").asString())
                .isEqualTo("El parámetro 'limit' debe ser un número entero entre 1 y 10000; se recibió 'ten'");
        assertThat(inEnglish(ITEMS + "?limit=ten"))
                .isEqualTo("Parameter 'limit' must be a whole number between 1 and 10000; got 'ten'");
        assertThat(inEnglish("/ogc/collections/nope")).isEqualTo("No feature collection 'nope'; see /ogc/collections");
        assertThat(get(ITEMS + "/99999").json().path("description").asString())
                .isEqualTo("La colección 'municipalities' no tiene la entidad '99999'");
    }

    @Test
    @DisplayName("/req/core/fc-md-op, /req/core/fc-md-success, /req/core/fc-md-links, /req/core/fc-md-items")
    void collectionsListEveryCollectionWithLinks() {
        JsonNode collections = ok("/ogc/collections");
        assertThat(link(collections, "self", null)).isNotNull();
        Set<String> ids = new HashSet<>();
        for (JsonNode c : collections.path("collections")) {
            ids.add(c.path("id").asString());
        }
        assertThat(ids).containsExactlyInAnyOrder("municipalities", "departments", "pdet-subregions",
                "municipal-coverage", "department-coverage", "interventions");
    }

    @Test
    @DisplayName("/req/core/fc-md-items-links, /req/core/fc-md-extent")
    void eachCollectionHasItemsLinksAndASpatialExtent() {
        for (JsonNode c : ok("/ogc/collections").path("collections")) {
            assertThat(link(c, "items", "application/geo+json")).endsWith("/ogc/collections/" + c.path("id").asString() + "/items?f=json");
            assertThat(link(c, "items", "text/html")).isNotNull();
            JsonNode bbox = c.path("extent").path("spatial").path("bbox").get(0);
            assertThat(bbox.size()).isEqualTo(4);
            assertThat(bbox.get(0).asDouble()).isBetween(-82.0, -66.0);
            assertThat(bbox.get(1).asDouble()).isBetween(-4.3, 13.5);
            assertThat(bbox.get(2).asDouble()).isBetween(-82.0, -66.0);
            assertThat(bbox.get(3).asDouble()).isBetween(-4.3, 13.5);
            if (!List.of("pdet-subregions", "interventions").contains(c.path("id").asString())) {
                // San Andrés and Providencia are inside the extent.
                assertThat(bbox.get(0).asDouble()).isBetween(-82.0, -81.7);
                assertThat(bbox.get(3).asDouble()).isBetween(13.3, 13.5);
            }
            assertThat(c.path("extent").path("spatial").path("crs").asString()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
            assertThat(c.path("itemType").asString()).isEqualTo("feature");
        }
    }

    @Test
    @DisplayName("/req/core/fc-md-extent: the interventions' extent is that of their points, not the country's")
    void interventionsExtentIsThatOfThePoints() throws java.sql.SQLException {
        double[] stored = new double[4];
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT MIN(longitude), MIN(latitude), MAX(longitude), "
                     + "MAX(latitude) FROM intervention WHERE dataset_id = '" + DEMO + "' AND longitude IS NOT NULL")) {
            rs.next();
            for (int i = 0; i < 4; i++) {
                stored[i] = rs.getDouble(i + 1);
            }
        }
        JsonNode bbox = ok("/ogc/collections/interventions").path("extent").path("spatial").path("bbox").get(0);
        // Published points are rounded (up to 0.005°), and the extent covers both.
        for (int i = 0; i < 4; i++) {
            assertThat(bbox.get(i).asDouble()).as("bbox[%d]", i).isCloseTo(stored[i], org.assertj.core.api.Assertions.within(0.006));
        }
        assertThat(bbox.get(0).asDouble()).isLessThanOrEqualTo(stored[0]);
        assertThat(bbox.get(3).asDouble()).isGreaterThanOrEqualTo(stored[3]);
        JsonNode listed = null;
        for (JsonNode c : ok("/ogc/collections").path("collections")) {
            if (c.path("id").asString().equals("interventions")) {
                listed = c.path("extent");
            }
        }
        assertThat(listed).isEqualTo(ok("/ogc/collections/interventions").path("extent"));
    }

    @Test
    @DisplayName("/req/core/sfc-md-op, /req/core/sfc-md-success")
    void oneCollectionIsTheSameAsInTheList() {
        JsonNode listed = null;
        for (JsonNode c : ok("/ogc/collections").path("collections")) {
            if (c.path("id").asString().equals("departments")) {
                listed = c;
            }
        }
        assertThat(ok("/ogc/collections/departments")).isEqualTo(listed);
        Response missing = get("/ogc/collections/veredas");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("code").asString()).isEqualTo("NotFound");
    }

    @Test
    @DisplayName("/req/core/fc-op, /req/core/fc-response")
    void itemsAreAGeoJsonFeatureCollection() {
        JsonNode page = ok(ITEMS);
        assertThat(page.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(page.path("features").size()).isEqualTo(10);
    }

    @Test
    @DisplayName("/req/core/fc-limit-response")
    void limitCapsTheNumberOfFeatures() {
        assertThat(ok(ITEMS + "?limit=3").path("features").size()).isEqualTo(3);
        // Without a year: every unit known, the 1,122 MGN 2018 units and 27493 (DIVIPOLA 2024, no boundary yet).
        assertThat(ok(ITEMS + "?limit=100000").path("features").size()).isEqualTo(1123);
    }

    @Test
    @DisplayName("/req/core/fc-bbox-response")
    void bboxKeepsOnlyIntersectingFeatures() {
        // A small box in central Medellín.
        JsonNode page = ok(ITEMS + "?bbox=-75.58,6.24,-75.56,6.26");
        assertThat(page.path("numberMatched").asInt()).isEqualTo(1);
        assertThat(page.path("features").get(0).path("id").asString()).isEqualTo("05001");
        // The San Andrés archipelago.
        JsonNode islands = ok(ITEMS + "?bbox=-82,12,-81,14&limit=50");
        List<String> ids = new ArrayList<>();
        islands.path("features").forEach(f -> ids.add(f.path("id").asString()));
        assertThat(ids).containsExactly("88001", "88564");
    }

    @Test
    @DisplayName("/req/core/fc-bbox-definition: a box across the antimeridian is valid in every collection")
    void bboxAcrossTheAntimeridian() {
        for (JsonNode c : ok("/ogc/collections").path("collections")) {
            String items = "/ogc/collections/" + c.path("id").asString() + "/items";
            JsonNode arctic = ok(items + "?bbox=177,65,-177,70");
            assertThat(arctic.path("numberMatched").asInt()).as(items).isZero();
            assertThat(arctic.path("features").size()).as(items).isZero();
            // 170°E eastwards across the antimeridian to 60°W: all of Colombia, by the western part of the box.
            int all = ok(items + "?limit=1&bbox=-180,-5,-60,15").path("numberMatched").asInt();
            assertThat(all).as(items).isPositive();
            JsonNode wide = ok(items + "?bbox=170,-5,-60,15&limit=1");
            assertThat(wide.path("numberMatched").asInt()).as(items).isEqualTo(all);
            assertThat(ok(items + "?bbox=-5,170,15,-60&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326&limit=1")
                    .path("numberMatched").asInt()).as(items).isEqualTo(all);
        }
    }

    @Test
    @DisplayName("/req/core/fc-time-definition: an interval that ends before it starts is a 400")
    void reversedDatetimeIntervalIs400() {
        Response r = get(ITEMS + "?datetime=2019-01-01T00:00:00Z/2018-01-01T00:00:00Z");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("code").asString()).isEqualTo("InvalidParameterValue");
        assertThat(r.json().path("description").asString()).contains("datetime");
    }

    @Test
    @DisplayName("/req/core/fc-time-response")
    void datetimeDoesNotFilterFeaturesWithoutTime() {
        assertThat(ok(ITEMS + "?datetime=2023-01-01/2023-12-31").path("numberMatched").asInt()).isEqualTo(1123);
    }

    @Test
    @DisplayName("/req/core/fc-links, /req/core/fc-rel-type")
    void pagesLinkSelfAlternateAndNextAndPrev() {
        JsonNode first = ok(ITEMS + "?limit=100");
        assertThat(link(first, "self", "application/geo+json")).contains("offset=0");
        assertThat(link(first, "alternate", "text/html")).contains("f=html");
        assertThat(link(first, "prev", null)).isNull();
        String next = link(first, "next", "application/geo+json");
        assertThat(next).contains("limit=100").contains("offset=100");
        JsonNode second = ok(local(next));
        assertThat(second.path("features").get(0).path("id").asString())
                .isEqualTo(ok(ITEMS + "?limit=1&offset=100").path("features").get(0).path("id").asString());
        assertThat(link(second, "prev", null)).contains("offset=0");
        JsonNode last = ok(ITEMS + "?limit=100&offset=1100");
        assertThat(last.path("features").size()).isEqualTo(23);
        assertThat(link(last, "next", null)).isNull();
        // A page past the end: no next, and prev goes back to the last full page, not further past the end.
        JsonNode beyond = ok(ITEMS + "?limit=100&offset=5000");
        assertThat(beyond.path("features").size()).isZero();
        assertThat(link(beyond, "next", null)).isNull();
        assertThat(link(beyond, "prev", null)).contains("offset=" + (beyond.path("numberMatched").asInt() - 100));
        assertThat(ok(local(link(beyond, "prev", null))).path("numberReturned").asInt()).isEqualTo(100);
    }

    @Test
    @DisplayName("/req/core/fc-links: filters and parameters are kept in the paging links")
    void pagingLinksKeepTheQuery() {
        JsonNode page = ok(ITEMS + "?department_code=05&year=2023&limit=50");
        String next = link(page, "next", null);
        assertThat(next).contains("department_code=05").contains("year=2023").contains("offset=50");
        assertThat(ok(local(next)).path("features").get(0).path("properties").path("department_code").asString()).isEqualTo("05");
    }

    @Test
    @DisplayName("/req/core/fc-timeStamp, /req/core/fc-numberMatched, /req/core/fc-numberReturned")
    void pagesTellTheirCountsAndTime() {
        JsonNode page = ok(ITEMS + "?limit=7&offset=1120");
        assertThat(page.path("numberMatched").asInt()).isEqualTo(1123);
        assertThat(page.path("numberReturned").asInt()).isEqualTo(3);
        assertThat(page.path("timeStamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    @DisplayName("/req/core/fc-response: property filters on queryables")
    void propertyFiltersNarrowTheMatch() {
        assertThat(ok(ITEMS + "?department_code=05&type=MUNICIPIO").path("numberMatched").asInt()).isEqualTo(125);
        assertThat(ok(ITEMS + "?pdet=true").path("numberMatched").asInt()).isEqualTo(170);
        assertThat(ok(ITEMS + "?pdet=1").path("numberMatched").asInt()).isEqualTo(170);
        assertThat(ok(ITEMS + "?pdet=0").path("numberMatched").asInt())
                .isEqualTo(ok(ITEMS + "?limit=1").path("numberMatched").asInt() - 170);
        Response yes = get(ITEMS + "?pdet=yes");
        assertThat(yes.status()).isEqualTo(400);
        assertThat(yes.json().path("description").asString()).contains("pdet");
        assertThat(ok(ITEMS + "?zomac=true").path("numberMatched").asInt()).isEqualTo(344);
        assertThat(ok("/ogc/collections/municipalities/items?year=2023&limit=1").path("numberMatched").asInt()).isEqualTo(1121);
        assertThat(ok("/ogc/collections/municipalities/queryables").path("properties").has("department_code")).isTrue();
    }

    @Test
    @DisplayName("/req/core/f-op, /req/core/f-success")
    void oneFeatureWithItsLinks() {
        JsonNode medellin = ok(ITEMS + "/05001");
        assertThat(medellin.path("type").asString()).isEqualTo("Feature");
        assertThat(medellin.path("id").asString()).isEqualTo("05001");
        assertThat(medellin.path("properties").path("name").asString()).isEqualTo("Medellín");
        assertThat(link(medellin, "self", "application/geo+json")).isNotNull();
        assertThat(link(medellin, "alternate", "text/html")).isNotNull();
        assertThat(link(medellin, "collection", null)).endsWith("/ogc/collections/municipalities?f=json");
        assertThat(get(ITEMS + "/5001").status()).isEqualTo(404);
        assertThat(ok("/ogc/collections/pdet-subregions/items").path("numberMatched").asInt()).isEqualTo(16);
    }

    @Test
    @DisplayName("ETag: an unchanged page answers 304 Not Modified")
    void etagsAnswerNotModified() {
        Response first = get(ITEMS + "?limit=5");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(ITEMS + "?limit=5")))
                .header("If-None-Match", etag).GET().build();
        try {
            assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isEqualTo(304);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The OGC exception's description for {@code path} asked with {@code Accept-Language: en}. */
    private String inEnglish(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept-Language", "en").GET().build();
        try {
            String body = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString()).body();
            return new ObjectMapper().readTree(body).path("description").asString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
