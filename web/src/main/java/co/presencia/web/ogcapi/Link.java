package co.presencia.web.ogcapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** A link of an OGC API document (href, rel, type, title), written as a JSON object or an HTML anchor. */
public record Link(String href, String rel, String type, String title) {

    public static final String GEOJSON = "application/geo+json";
    public static final String JSON = "application/json";
    public static final String HTML = "text/html";
    public static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";

    public Map<String, Object> json() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("href", href);
        map.put("rel", rel);
        if (type != null) {
            map.put("type", type);
        }
        if (title != null) {
            map.put("title", title);
        }
        return map;
    }
}
