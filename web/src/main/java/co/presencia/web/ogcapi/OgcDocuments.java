package co.presencia.web.ogcapi;

import co.presencia.feature.CollectionMetadata;
import co.presencia.feature.FeatureCrs;
import co.presencia.feature.ParameterDefinition;
import co.presencia.feature.PropertyDefinition;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/** Builds the JSON documents of the OGC API (landing page, conformance, collections, queryables) as ordered maps. */
final class OgcDocuments {

    static final String TITLE = "Presencia — OGC API Features";
    static final String DESCRIPTION = "Territorio de Colombia (MGN 2018 del DANE) como colecciones de entidades: "
            + "municipios, departamentos y subregiones PDET; y, cuando hay un conjunto de datos, la cobertura por municipio "
            + "y por departamento y las intervenciones con coordenadas. Colombian territory, coverage figures and "
            + "intervention points as OGC API Features collections.";
    static final String REL_CONFORMANCE = "http://www.opengis.net/def/rel/ogc/1.0/conformance";
    static final String REL_DATA = "http://www.opengis.net/def/rel/ogc/1.0/data";
    static final String REL_QUERYABLES = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

    private OgcDocuments() {
    }

    /**
     * Whether a feature id can be asked for by address: Tomcat refuses an encoded slash ({@code %2F}) and Spring
     * Security an encoded percent sign ({@code %25}) in any path, as protections kept on (issue 13 §4: a clear 400).
     */
    static boolean addressable(String id) {
        return id.indexOf('/') < 0 && id.indexOf('%') < 0;
    }

    /**
     * {@code value} as one path segment of a link: every character but the unreserved ones (letters, digits,
     * {@code - . _ ~}) percent-encoded as UTF-8, so a feature id with {@code / ? # %} or spaces stays one segment.
     */
    static String pathSegment(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    static Map<String, Object> landing(String base) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", TITLE);
        doc.put("description", DESCRIPTION);
        doc.put("links", json(landingLinks(base)));
        return doc;
    }

    static List<Link> landingLinks(String base) {
        return List.of(
                new Link(base + "?f=json", "self", Link.JSON, "Esta página / this document"),
                new Link(base + "?f=html", "alternate", Link.HTML, "Esta página en HTML / as HTML"),
                new Link(base + "/api", "service-desc", Link.OPENAPI, "Definición OpenAPI 3.0 / API definition"),
                new Link(base + "/api?f=html", "service-doc", Link.HTML, "Documentación de la API / API documentation"),
                new Link(base + "/conformance", "conformance", Link.JSON, "Clases de conformidad / conformance classes"),
                new Link(base + "/conformance", REL_CONFORMANCE, Link.JSON, "Clases de conformidad / conformance classes"),
                new Link(base + "/collections", "data", Link.JSON, "Colecciones / collections"),
                new Link(base + "/collections", REL_DATA, Link.JSON, "Colecciones / collections"));
    }

    static Map<String, Object> conformance(String base) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("links", json(List.of(new Link(base + "/conformance?f=json", "self", Link.JSON, "Conformidad"),
                new Link(base + "/conformance?f=html", "alternate", Link.HTML, "Conformidad en HTML"))));
        doc.put("conformsTo", Conformance.CLASSES);
        return doc;
    }

    static List<String> crsUris() {
        return Arrays.stream(FeatureCrs.values()).map(FeatureCrs::uri).toList();
    }

    static Map<String, Object> collections(String base, List<CollectionMetadata> collections) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("links", json(List.of(new Link(base + "/collections?f=json", "self", Link.JSON, "Colecciones"),
                new Link(base + "/collections?f=html", "alternate", Link.HTML, "Colecciones en HTML"))));
        doc.put("crs", crsUris());
        List<Object> list = new ArrayList<>();
        collections.forEach(c -> list.add(collection(base, c)));
        doc.put("collections", list);
        return doc;
    }

    static Map<String, Object> collection(String base, CollectionMetadata c) {
        return collection(base, c, Map.of());
    }

    /** The collection's description; {@code parameters} (its own, e.g. {@code year}) are kept in the links. */
    static Map<String, Object> collection(String base, CollectionMetadata c, Map<String, String> parameters) {
        String self = base + "/collections/" + c.id();
        String downloads = OgcHtml.root(base) + "/api/v1/downloads/" + c.id();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", c.id());
        doc.put("title", c.title());
        doc.put("description", c.description());
        doc.put("links", json(List.of(
                new Link(self + query(withFormat(parameters, "json")), "self", Link.JSON, c.title()),
                new Link(self + query(withFormat(parameters, "html")), "alternate", Link.HTML, c.title() + " (HTML)"),
                new Link(self + "/items" + query(withFormat(parameters, "json")), "items", Link.GEOJSON, "Entidades / features (GeoJSON)"),
                new Link(self + "/items" + query(withFormat(parameters, "html")), "items", Link.HTML, "Entidades / features (HTML)"),
                new Link(self + "/queryables", REL_QUERYABLES, "application/schema+json", "Atributos filtrables / queryables"),
                new Link(downloads + ".gpkg" + query(parameters), "enclosure",
                        "application/geopackage+sqlite3", "Descarga GeoPackage / download"),
                new Link(downloads + ".shp.zip" + query(parameters), "enclosure",
                        "application/zip", "Descarga Shapefile (zip) / download"),
                new Link(downloads + ".geojson" + query(parameters), "enclosure",
                        Link.GEOJSON, "Descarga GeoJSON / download"))));
        Envelope e = c.extent();
        Map<String, Object> spatial = new LinkedHashMap<>();
        spatial.put("bbox", List.of(List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY())));
        spatial.put("crs", FeatureCrs.CRS84.uri());
        doc.put("extent", Map.of("spatial", spatial));
        doc.put("itemType", "feature");
        doc.put("crs", crsUris());
        doc.put("storageCrs", FeatureCrs.CRS84.uri());
        return doc;
    }

    /** JSON Schema of the queryable properties and the collection parameters (OGC API Features Part 3 shape). */
    static Map<String, Object> queryables(String base, CollectionMetadata c) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertyDefinition p : c.properties()) {
            if (p.queryable()) {
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("title", p.title());
                schema.put("type", p.type().jsonSchemaType());
                properties.put(p.name(), schema);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json-schema.org/draft/2019-09/schema");
        doc.put("$id", base + "/collections/" + c.id() + "/queryables");
        doc.put("type", "object");
        doc.put("title", c.title());
        doc.put("properties", properties);
        return doc;
    }

    static List<Object> json(List<Link> links) {
        List<Object> list = new ArrayList<>();
        links.forEach(l -> list.add(l.json()));
        return list;
    }

    static String query(Map<String, String> params) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> {
            q.append(q.isEmpty() ? "?" : "&");
            q.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return q.toString();
    }

    /** {@code f} first, then the other parameters in their order. */
    static Map<String, String> withFormat(Map<String, String> parameters, String f) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("f", f);
        params.putAll(parameters);
        return params;
    }

    static String describe(ParameterDefinition p) {
        return p.description();
    }
}
