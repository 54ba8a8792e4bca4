package co.presencia.web.ogcapi;

import co.presencia.feature.CollectionMetadata;
import co.presencia.feature.Feature;
import co.presencia.feature.ParameterDefinition;
import co.presencia.feature.PropertyDefinition;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * The HTML encoding of the OGC API (/conf/html): plain server-rendered pages, Spanish first with English after a
 * slash, nothing from a CDN, no inline script or style (the style sheet is {@code /ogc/ogc.css}). Only a feature's
 * page loads a script: the same-origin module {@code /ogc/item-map.js}, which draws its geometry with Leaflet from
 * the WebJar, offline. Every value is escaped.
 */
final class OgcHtml {

    private static final Locale ES_CO = Locale.forLanguageTag("es-CO");
    private OgcHtml() {
    }

    /** The Leaflet release of the WebJar on the classpath (web/pom.xml). */
    static final String LEAFLET = "1.9.4";

    static byte[] page(String title, String base, List<String[]> breadcrumbs, String jsonHref, String body) {
        return page(title, base, breadcrumbs, jsonHref, body, false);
    }

    /** A page; {@code map} adds Leaflet's style sheet and the module that draws a feature ({@link #item}). */
    static byte[] page(String title, String base, List<String[]> breadcrumbs, String jsonHref, String body, boolean map) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · Presencia</title>")
                .append("<link rel=\"alternate\" type=\"application/json\" href=\"").append(esc(jsonHref)).append("\">")
                .append("<link rel=\"stylesheet\" href=\"").append(esc(base)).append("/ogc.css\">");
        if (map) {
            out.append("<link rel=\"stylesheet\" href=\"").append(esc(root(base))).append("/webjars/leaflet/").append(LEAFLET)
                    .append("/dist/leaflet.css\">")
                    .append("<script type=\"module\" src=\"").append(esc(base)).append("/item-map.js\"></script>");
        }
        out.append("</head><body>");
        out.append("<nav>");
        boolean first = true;
        for (String[] crumb : breadcrumbs) {
            if (!first) {
                out.append(" › ");
            }
            first = false;
            out.append("<a href=\"").append(esc(crumb[1])).append("\">").append(esc(crumb[0])).append("</a>");
        }
        out.append(" · <a href=\"").append(esc(jsonHref)).append("\">JSON</a></nav>");
        out.append("<h1>").append(esc(title)).append("</h1>").append(body);
        out.append("<footer class=\"muted\"><p>Presencia · OGC API – Features (Part 1 Core, Part 2 CRS) · ")
                .append("<a href=\"").append(esc(base)).append("/api?f=html\">API</a></p></footer></body></html>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String links(List<Link> links) {
        StringBuilder out = new StringBuilder("<ul>");
        for (Link l : links) {
            out.append("<li><a href=\"").append(esc(l.href())).append("\">").append(esc(l.title() == null ? l.href() : l.title()))
                    .append("</a> <span class=\"muted\">(").append(esc(l.rel())).append(l.type() == null ? "" : ", " + esc(l.type()))
                    .append(")</span></li>");
        }
        return out.append("</ul>").toString();
    }

    static String conformance(List<String> classes) {
        StringBuilder out = new StringBuilder("<p>La API cumple estas clases de conformidad / this API conforms to:</p><ul>");
        classes.forEach(c -> out.append("<li><code>").append(esc(c)).append("</code></li>"));
        return out.append("</ul>").toString();
    }

    static String collections(String base, List<CollectionMetadata> collections) {
        StringBuilder out = new StringBuilder("<table><tr><th>Colección / collection</th><th>Descripción / description</th></tr>");
        for (CollectionMetadata c : collections) {
            out.append("<tr><td><a href=\"").append(esc(base)).append("/collections/").append(esc(c.id())).append("?f=html\">")
                    .append(esc(c.title())).append("</a><br><code>").append(esc(c.id())).append("</code></td><td>")
                    .append(esc(c.description())).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    static String collection(String base, CollectionMetadata c) {
        return collection(base, c, Map.of());
    }

    /** The collection page; {@code parameters} (its own, e.g. {@code year}) are kept in the links. */
    static String collection(String base, CollectionMetadata c, Map<String, String> parameters) {
        String self = base + "/collections/" + c.id();
        String root = root(base);
        String downloadQuery = OgcDocuments.query(parameters);
        Envelope e = c.extent();
        StringBuilder out = new StringBuilder();
        out.append("<p>").append(esc(c.description())).append("</p>");
        out.append("<p><a href=\"").append(esc(self + "/items" + OgcDocuments.query(OgcDocuments.withFormat(parameters, "html"))))
                .append("\">Ver entidades / browse features</a> · ")
                .append("<a href=\"").append(esc(self + "/items" + OgcDocuments.query(OgcDocuments.withFormat(parameters, "json"))))
                .append("\">GeoJSON</a> · ")
                .append("<a href=\"").append(esc(root)).append("/api/v1/downloads/").append(esc(c.id())).append(".gpkg")
                .append(esc(downloadQuery)).append("\">GeoPackage</a> · ")
                .append("<a href=\"").append(esc(root)).append("/api/v1/downloads/").append(esc(c.id())).append(".shp.zip")
                .append(esc(downloadQuery)).append("\">Shapefile (zip)</a> · ")
                .append("<a href=\"").append(esc(root)).append("/api/v1/downloads/").append(esc(c.id())).append(".geojson")
                .append(esc(downloadQuery)).append("\">GeoJSON (archivo / file)</a> · ")
                .append("<a href=\"").append(esc(self)).append("/queryables?f=html\">Atributos filtrables / queryables</a></p>")
                .append("<p class=\"muted\">Las descargas admiten <code>crs</code> (CRS84, EPSG:4326, 4686, 9377) y <code>bbox</code> ")
                .append("/ downloads take <code>crs</code> and <code>bbox</code>.</p>");
        out.append("<p class=\"muted\">Extensión / extent (CRS84): ").append(String.format(Locale.ROOT, "%.4f, %.4f, %.4f, %.4f",
                e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY())).append(" · ").append(esc(c.attribution())).append("</p>");
        out.append("<h2>Atributos / properties</h2><table><tr><th>Nombre</th><th>Tipo</th><th>Descripción</th><th>Filtrable</th><th>DBF</th></tr>");
        for (PropertyDefinition p : c.properties()) {
            out.append("<tr><td><code>").append(esc(p.name())).append("</code></td><td>").append(p.type().jsonSchemaType())
                    .append("</td><td>").append(esc(p.title())).append("</td><td>").append(p.queryable() ? "sí / yes" : "")
                    .append("</td><td><code>").append(esc(p.shortName())).append("</code></td></tr>");
        }
        out.append("</table>");
        if (!c.parameters().isEmpty()) {
            out.append("<h2>Parámetros / parameters</h2><ul>");
            for (ParameterDefinition p : c.parameters()) {
                out.append("<li><code>").append(esc(p.name())).append("</code>: ").append(esc(p.description()));
                if (!p.allowedValues().isEmpty()) {
                    out.append(" Valores / values: <code>").append(esc(String.join(", ", p.allowedValues()))).append("</code>.");
                }
                if (p.multiple()) {
                    out.append(" Admite varios separados por comas / comma-separated list.");
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        return out.toString();
    }

    static String items(String base, CollectionMetadata c, List<Feature> features, long matched, int offset,
                        String prev, String next) {
        StringBuilder out = new StringBuilder();
        out.append("<p>").append(NumberFormat.getIntegerInstance(ES_CO).format(matched)).append(" entidades coinciden / features matched; ")
                .append("se muestran / showing ").append(features.isEmpty() ? 0 : offset + 1).append("–").append(offset + features.size())
                .append(".</p><p class=\"pager\">");
        if (prev != null) {
            out.append("<a rel=\"prev\" href=\"").append(esc(prev)).append("\">« Anterior / previous</a>");
        }
        if (next != null) {
            out.append("<a rel=\"next\" href=\"").append(esc(next)).append("\">Siguiente / next »</a>");
        }
        out.append("</p><table><tr><th>id</th>");
        List<PropertyDefinition> columns = c.properties();
        columns.forEach(p -> out.append("<th>").append(esc(p.name())).append("</th>"));
        out.append("</tr>");
        for (Feature f : features) {
            if (OgcDocuments.addressable(f.id())) {
                out.append("<tr><td><a href=\"").append(esc(base)).append("/collections/").append(esc(c.id())).append("/items/")
                        .append(esc(OgcDocuments.pathSegment(f.id()))).append("?f=html\">").append(esc(f.id())).append("</a></td>");
            } else {
                out.append("<tr><td>").append(esc(f.id())).append(" <small>(sin enlace: una dirección no admite / ni %;"
                        + " no link: / and % are refused in addresses)</small></td>");
            }
            columns.forEach(p -> out.append("<td>").append(esc(format(f.property(p.name())))).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</table>").toString();
    }

    /** A feature's page: a map of its geometry (drawn by the module from {@code geoJsonHref}, CRS84) and its properties. */
    static String item(CollectionMetadata c, Feature f, String geoJsonHref) {
        StringBuilder out = new StringBuilder();
        if (f.geometry() != null) {
            out.append("<div id=\"item-map\" class=\"item-map\" role=\"img\" aria-label=\"Mapa de la geometría / map of the geometry\" ")
                    .append("data-geojson=\"").append(esc(geoJsonHref)).append("\"></div>");
        }
        out.append("<table>");
        for (PropertyDefinition p : c.properties()) {
            out.append("<tr><th>").append(esc(p.title())).append(" <code>").append(esc(p.name())).append("</code></th><td>")
                    .append(esc(format(f.property(p.name())))).append("</td></tr>");
        }
        out.append("</table>");
        if (f.geometry() != null) {
            Envelope e = f.geometry().getEnvelopeInternal();
            out.append("<p class=\"muted\">Geometría / geometry: ").append(esc(f.geometry().getGeometryType())).append(", ")
                    .append(f.geometry().getNumGeometries()).append(" partes, ").append(f.geometry().getNumPoints())
                    .append(" vértices; bbox (CRS84) ").append(String.format(Locale.ROOT, "%.4f, %.4f, %.4f, %.4f",
                            e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY())).append("</p>");
        }
        return out.toString();
    }

    /** The queryables page: each property a filter accepts, its type and how to write its values. */
    static String queryables(String base, CollectionMetadata c) {
        StringBuilder out = new StringBuilder("<p>Filtre las entidades con <code>?nombre=valor</code> (igualdad) / filter the ")
                .append("features with <code>?name=value</code> (equality), p. ej. <a href=\"").append(esc(base)).append("/collections/")
                .append(esc(c.id())).append("/items?f=html\">").append(esc(c.id())).append("/items</a>.</p>")
                .append("<table><tr><th>Nombre / name</th><th>Tipo / type</th><th>Descripción</th><th>Valores / values</th></tr>");
        for (PropertyDefinition p : c.properties()) {
            if (!p.queryable()) {
                continue;
            }
            String values = switch (p.type()) {
                case BOOLEAN -> "true, false (1, 0)";
                case INTEGER -> "número entero / whole number";
                case NUMBER -> "número / number";
                case STRING -> "texto exacto / exact text";
            };
            out.append("<tr><td><code>").append(esc(p.name())).append("</code></td><td>").append(p.type().jsonSchemaType())
                    .append("</td><td>").append(esc(p.title())).append("</td><td>").append(esc(values)).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    /** The application's root URL: the OGC API's base without {@code /ogc}. */
    static String root(String base) {
        return base.replaceFirst("/ogc$", "");
    }

    static String api(Map<String, Object> openApi) {
        StringBuilder out = new StringBuilder("<p>Definición OpenAPI 3.0 de esta API / OpenAPI 3.0 definition: ")
                .append("<a href=\"?f=json\">JSON</a>.</p><table><tr><th>Ruta / path</th><th>Operación / operation</th></tr>");
        Object paths = openApi.get("paths");
        if (paths instanceof Map<?, ?> map) {
            map.forEach((path, ops) -> {
                String summary = "";
                if (ops instanceof Map<?, ?> o && o.get("get") instanceof Map<?, ?> get) {
                    summary = String.valueOf(get.get("summary"));
                }
                out.append("<tr><td><code>GET ").append(esc(String.valueOf(path))).append("</code></td><td>")
                        .append(esc(summary)).append("</td></tr>");
            });
        }
        return out.append("</table>").toString();
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "sí" : "no";
        }
        if (value instanceof Double d) {
            NumberFormat f = NumberFormat.getNumberInstance(ES_CO);
            f.setMaximumFractionDigits(2);
            return f.format(d);
        }
        if (value instanceof Long || value instanceof Integer) {
            Number n = (Number) value;
            return n.longValue() >= 10_000 || n.longValue() <= -10_000 ? NumberFormat.getIntegerInstance(ES_CO).format(n) : n.toString();
        }
        return value.toString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
