package co.presencia.web.ogcapi;

import co.presencia.feature.CollectionMetadata;
import co.presencia.feature.ParameterDefinition;
import co.presencia.feature.PropertyDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0 definition of the OGC API (/conf/oas30), generated from the registered collections so each
 * collection's items path lists its own queryables and parameters (GDAL reads them to push filters to the server).
 */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    static Map<String, Object> build(String base, List<CollectionMetadata> collections) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", OgcDocuments.TITLE, "version", "1.0.0", "description", OgcDocuments.DESCRIPTION,
                "license", Map.of("name", "Datos: DANE (MGN, proyecciones), DNP, ART — ver la fuente de cada colección")));
        doc.put("servers", List.of(Map.of("url", base)));
        Map<String, Object> paths = new LinkedHashMap<>();
        List<Object> documentParams = new ArrayList<>(List.of(ref("f")));
        for (String name : collectionParameterNames(collections)) {
            documentParams.add(queryParam(name, "Ignorado aquí: parámetro de una colección que algunos clientes SIG (GDAL OAPIF) "
                    + "repiten en cada petición. Ignored here: a collection parameter some GIS clients repeat.", "string", List.of()));
        }
        paths.put("/", get("Página de inicio / landing page", "getLandingPage", documentParams, json("Landing page")));
        paths.put("/conformance", get("Clases de conformidad / conformance declaration", "getConformance", documentParams,
                json("Conformance classes")));
        paths.put("/api", get("Esta definición / this API definition", "getApi", documentParams,
                Map.of("application/vnd.oai.openapi+json;version=3.0", Map.of("schema", Map.of("type", "object")),
                        "text/html", Map.of("schema", Map.of("type", "string")))));
        paths.put("/collections", get("Colecciones / feature collections", "getCollections", documentParams, json("Collections")));
        for (CollectionMetadata c : collections) {
            String path = "/collections/" + c.id();
            List<Object> describeParams = new ArrayList<>(List.of(ref("f")));
            for (ParameterDefinition p : c.parameters()) {
                describeParams.add(collectionParam(p));
            }
            paths.put(path, get("Colección / collection: " + c.title(), "describe_" + op(c), describeParams, json("Collection")));
            List<Object> itemParams = new ArrayList<>(List.of(ref("f"), ref("limit"), ref("offset"), ref("bbox"),
                    ref("bbox-crs"), ref("crs"), ref("datetime")));
            for (PropertyDefinition p : c.properties()) {
                if (p.queryable()) {
                    itemParams.add(queryParam(p.name(), p.title(), p.type().jsonSchemaType(), List.of()));
                }
            }
            for (ParameterDefinition p : c.parameters()) {
                itemParams.add(collectionParam(p));
            }
            paths.put(path + "/items", get("Entidades / features of " + c.id(), "getFeatures_" + op(c), itemParams, features()));
            List<Object> itemParam = new ArrayList<>(List.of(ref("featureId"), ref("f"), ref("crs")));
            for (ParameterDefinition p : c.parameters()) {
                itemParam.add(collectionParam(p));
            }
            paths.put(path + "/items/{featureId}", get("Una entidad / one feature of " + c.id(), "getFeature_" + op(c),
                    itemParam, features()));
            List<Object> queryablesParams = new ArrayList<>(List.of(ref("f")));
            for (ParameterDefinition p : c.parameters()) {
                queryablesParams.add(collectionParam(p));
            }
            paths.put(path + "/queryables", get("Atributos filtrables / queryables of " + c.id(), "getQueryables_" + op(c),
                    queryablesParams, Map.of("application/schema+json", Map.of("schema", Map.of("type", "object")),
                            "text/html", Map.of("schema", Map.of("type", "string")))));
        }
        doc.put("paths", paths);
        doc.put("components", components());
        return doc;
    }

    /** The names of the collections' own parameters, each once, in order of first appearance. */
    static List<String> collectionParameterNames(List<CollectionMetadata> collections) {
        return collections.stream().flatMap(c -> c.parameters().stream()).map(ParameterDefinition::name).distinct().toList();
    }

    private static String op(CollectionMetadata c) {
        return c.id().replace('-', '_');
    }

    private static Map<String, Object> get(String summary, String operationId, List<Object> parameters, Map<String, Object> content) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "OK", "content", content));
        responses.put("400", Map.of("$ref", "#/components/responses/InvalidParameter"));
        responses.put("404", Map.of("$ref", "#/components/responses/NotFound"));
        responses.put("500", Map.of("$ref", "#/components/responses/ServerError"));
        Map<String, Object> get = new LinkedHashMap<>();
        get.put("summary", summary);
        get.put("operationId", operationId);
        get.put("parameters", parameters);
        get.put("responses", responses);
        return Map.of("get", get);
    }

    private static Map<String, Object> json(String title) {
        return Map.of("application/json", Map.of("schema", Map.of("type", "object", "title", title)),
                "text/html", Map.of("schema", Map.of("type", "string")));
    }

    private static Map<String, Object> features() {
        return Map.of("application/geo+json", Map.of("schema", Map.of("$ref", "#/components/schemas/FeatureCollectionGeoJSON")),
                "text/html", Map.of("schema", Map.of("type", "string")));
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/components/parameters/" + name);
    }

    /** A collection parameter; one that takes a comma-separated list is an array (form style, not exploded). */
    private static Map<String, Object> collectionParam(ParameterDefinition p) {
        Map<String, Object> param = queryParam(p.name(), p.description(), p.type().jsonSchemaType(), p.allowedValues());
        if (p.multiple()) {
            param.put("schema", Map.of("type", "array", "minItems", 1, "items", castSchema(param)));
        }
        return param;
    }

    private static Map<String, Object> queryParam(String name, String description, String type, List<String> allowed) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        if (!allowed.isEmpty()) {
            schema.put("enum", allowed);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", "query");
        p.put("description", description);
        p.put("required", false);
        p.put("style", "form");
        p.put("explode", false);
        p.put("schema", schema);
        return p;
    }

    private static Map<String, Object> components() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("f", queryParam("f", "Formato / encoding: json o html", "string", List.of("json", "html")));
        Map<String, Object> limit = queryParam("limit", "Número máximo de entidades por página (1–10000, 10 por defecto)", "integer", List.of());
        castSchema(limit).putAll(Map.of("minimum", 1, "maximum", LimitParameter.MAXIMUM, "default", LimitParameter.DEFAULT));
        parameters.put("limit", limit);
        Map<String, Object> offset = queryParam("offset", "Entidades que se saltan / features to skip", "integer", List.of());
        castSchema(offset).putAll(Map.of("minimum", 0, "default", 0));
        parameters.put("offset", offset);
        Map<String, Object> bbox = new LinkedHashMap<>();
        bbox.put("name", "bbox");
        bbox.put("in", "query");
        bbox.put("description", "Caja / bounding box: minx,miny,maxx,maxy en el orden de ejes de bbox-crs (CRS84 por defecto)");
        bbox.put("required", false);
        bbox.put("style", "form");
        bbox.put("explode", false);
        bbox.put("schema", Map.of("type", "array", "minItems", 4, "maxItems", 6, "items", Map.of("type", "number")));
        parameters.put("bbox", bbox);
        Map<String, Object> crsSchema = Map.of("type", "string", "format", "uri", "enum", OgcDocuments.crsUris());
        parameters.put("bbox-crs", param("bbox-crs", "CRS de bbox / CRS of bbox", crsSchema));
        parameters.put("crs", param("crs", "CRS de la respuesta / CRS of the response", crsSchema));
        parameters.put("datetime", queryParam("datetime", "Instante o intervalo RFC 3339 (las colecciones del territorio no tienen tiempo)", "string", List.of()));
        Map<String, Object> featureId = new LinkedHashMap<>();
        featureId.put("name", "featureId");
        featureId.put("in", "path");
        featureId.put("required", true);
        featureId.put("description", "Identificador de la entidad (p. ej. código DIVIPOLA) / feature id");
        featureId.put("schema", Map.of("type", "string"));
        parameters.put("featureId", featureId);

        Map<String, Object> exception = Map.of("type", "object", "required", List.of("code"),
                "properties", Map.of("code", Map.of("type", "string"), "description", Map.of("type", "string")));
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("exception", exception);
        schemas.put("FeatureCollectionGeoJSON", Map.of("type", "object", "required", List.of("type", "features"),
                "properties", Map.of("type", Map.of("type", "string", "enum", List.of("FeatureCollection")),
                        "features", Map.of("type", "array", "items", Map.of("type", "object")),
                        "numberMatched", Map.of("type", "integer", "minimum", 0),
                        "numberReturned", Map.of("type", "integer", "minimum", 0),
                        "timeStamp", Map.of("type", "string", "format", "date-time"),
                        "links", Map.of("type", "array", "items", Map.of("type", "object")))));
        Map<String, Object> errorContent = Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/exception")));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("InvalidParameter", Map.of("description", "Parámetro desconocido o no válido / invalid or unknown parameter", "content", errorContent));
        responses.put("NotFound", Map.of("description", "No existe / not found", "content", errorContent));
        responses.put("ServerError", Map.of("description", "Error del servidor / server error", "content", errorContent));
        return Map.of("parameters", parameters, "schemas", schemas, "responses", responses);
    }

    private static Map<String, Object> param(String name, String description, Map<String, Object> schema) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", "query");
        p.put("description", description);
        p.put("required", false);
        p.put("schema", schema);
        return p;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castSchema(Map<String, Object> param) {
        return (Map<String, Object>) param.get("schema");
    }
}
