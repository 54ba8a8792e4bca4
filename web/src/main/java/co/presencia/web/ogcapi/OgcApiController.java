package co.presencia.web.ogcapi;

import co.presencia.error.NotFoundException;
import co.presencia.feature.CollectionMetadata;
import co.presencia.feature.Feature;
import co.presencia.feature.FeatureCollection;
import co.presencia.feature.FeatureCollections;
import co.presencia.feature.FeaturePage;
import co.presencia.feature.GeoJsonWriter;
import co.presencia.text.JsonText;
import co.presencia.web.http.ConditionalRequest;
import co.presencia.web.http.ContentCoding;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * OGC API – Features Part 1 Core (with GeoJSON, HTML and OpenAPI 3.0) and Part 2 CRS at {@code /ogc}. Parses the
 * request with one class per query parameter, asks the {@link FeatureCollections} registry, writes the document.
 * Responses of collections that report a {@link FeatureCollection#version()} carry a weak ETag per content coding
 * and answer 304 to a matching {@code If-None-Match} ({@link ConditionalRequest}) before the page is built. Feature
 * pages and features are gzip-compressed here when the client accepts it ({@link ContentCoding}), from segments
 * compressed once per feature; every negotiated response says {@code Vary: Accept, Accept-Encoding}.
 */
@RestController
@RequestMapping("/ogc")
public class OgcApiController {

    static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType OPENAPI = MediaType.parseMediaType("application/vnd.oai.openapi+json;version=3.0");
    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final FeatureCollections collections;

    public OgcApiController(FeatureCollections collections) {
        this.collections = collections;
    }

    @GetMapping({"", "/"})
    public ResponseEntity<byte[]> landing(HttpServletRequest request) {
        FormatParameter format = ItemsRequest.forDocument(request.getParameterMap(), request.getHeader(HttpHeaders.ACCEPT),
                collectionParameterNames());
        String base = base();
        if (format == FormatParameter.HTML) {
            return html(OgcHtml.page(OgcDocuments.TITLE, base, crumbs(base), base + "?f=json",
                    "<p>" + OgcHtml.esc(OgcDocuments.DESCRIPTION) + "</p>" + OgcHtml.links(OgcDocuments.landingLinks(base))));
        }
        return json(OgcDocuments.landing(base), MediaType.APPLICATION_JSON);
    }

    @GetMapping("/api")
    public ResponseEntity<byte[]> api(HttpServletRequest request) {
        FormatParameter format = ItemsRequest.forDocument(request.getParameterMap(), request.getHeader(HttpHeaders.ACCEPT),
                collectionParameterNames());
        String base = base();
        Map<String, Object> document = OpenApiDocument.build(base, metadata());
        if (format == FormatParameter.HTML) {
            return html(OgcHtml.page("API (OpenAPI 3.0)", base, crumbs(base), base + "/api?f=json", OgcHtml.api(document)));
        }
        return json(document, OPENAPI);
    }

    @GetMapping("/conformance")
    public ResponseEntity<byte[]> conformance(HttpServletRequest request) {
        FormatParameter format = ItemsRequest.forDocument(request.getParameterMap(), request.getHeader(HttpHeaders.ACCEPT),
                collectionParameterNames());
        String base = base();
        if (format == FormatParameter.HTML) {
            return html(OgcHtml.page("Conformidad / conformance", base, crumbs(base), base + "/conformance?f=json",
                    OgcHtml.conformance(Conformance.CLASSES)));
        }
        return json(OgcDocuments.conformance(base), MediaType.APPLICATION_JSON);
    }

    @GetMapping("/collections")
    public ResponseEntity<byte[]> collections(HttpServletRequest request) {
        FormatParameter format = ItemsRequest.forDocument(request.getParameterMap(), request.getHeader(HttpHeaders.ACCEPT),
                collectionParameterNames());
        String base = base();
        List<CollectionMetadata> described = collections.all().stream().map(c -> c.metadata(Map.of())).toList();
        if (format == FormatParameter.HTML) {
            return html(OgcHtml.page("Colecciones / collections", base, crumbs(base), base + "/collections?f=json",
                    OgcHtml.collections(base, described)));
        }
        return json(OgcDocuments.collections(base, described), MediaType.APPLICATION_JSON);
    }

    @GetMapping("/collections/{collectionId}")
    public ResponseEntity<byte[]> collection(@PathVariable String collectionId, HttpServletRequest request) {
        FeatureCollection collection = collection(collectionId);
        ItemsRequest parsed = ItemsRequest.forCollection(collection.metadata(), request.getParameterMap(),
                request.getHeader(HttpHeaders.ACCEPT));
        CollectionMetadata c = collection.metadata(parsed.echo());
        String base = base();
        if (parsed.format() == FormatParameter.HTML) {
            List<String[]> crumbs = new ArrayList<>(crumbs(base));
            crumbs.add(new String[] {"Colecciones", base + "/collections?f=html"});
            return html(OgcHtml.page(c.title(), base, crumbs, base + "/collections/" + c.id()
                    + OgcDocuments.query(withFormat(parsed.echo(), "json")), OgcHtml.collection(base, c, parsed.echo())));
        }
        return json(OgcDocuments.collection(base, c, parsed.echo()), MediaType.APPLICATION_JSON);
    }

    @GetMapping("/collections/{collectionId}/queryables")
    public ResponseEntity<byte[]> queryables(@PathVariable String collectionId, HttpServletRequest request) {
        CollectionMetadata c = collection(collectionId).metadata();
        ItemsRequest parsed = ItemsRequest.forCollection(c, request.getParameterMap(), request.getHeader(HttpHeaders.ACCEPT));
        String base = base();
        if (parsed.format() == FormatParameter.HTML) {
            List<String[]> crumbs = new ArrayList<>(crumbs(base));
            crumbs.add(new String[] {"Colecciones", base + "/collections?f=html"});
            crumbs.add(new String[] {c.title(), base + "/collections/" + c.id() + "?f=html"});
            return html(OgcHtml.page("Atributos filtrables / queryables: " + c.title(), base, crumbs,
                    base + "/collections/" + c.id() + "/queryables?f=json", OgcHtml.queryables(base, c)));
        }
        return json(OgcDocuments.queryables(base, c), MediaType.parseMediaType("application/schema+json"));
    }

    @GetMapping("/collections/{collectionId}/items")
    public ResponseEntity<byte[]> items(@PathVariable String collectionId, HttpServletRequest request) {
        FeatureCollection collection = collection(collectionId);
        CollectionMetadata c = collection.metadata();
        ItemsRequest parsed = ItemsRequest.forItems(c, request.getParameterMap(), request.getHeader(HttpHeaders.ACCEPT));
        ContentCoding coding = ContentCoding.negotiate(request);
        Optional<String> etag = etag(collection, request).map(coding::etag);
        Optional<ResponseEntity.BodyBuilder> current = etag.flatMap(tag -> ConditionalRequest.notModified(request, tag));
        if (current.isPresent()) {
            return current.get().header(HttpHeaders.VARY, ContentCoding.VARY).build();
        }
        FeaturePage page = collection.items(parsed.query());
        String base = base();
        String itemsUrl = base + "/collections/" + c.id() + "/items";
        int offset = parsed.query().offset();
        int limit = parsed.query().limit();
        String prev = offset > 0
                ? pageUrl(itemsUrl, parsed, (int) OffsetParameter.previous(offset, limit, page.numberMatched()), limit, parsed.format())
                : null;
        String next = offset + page.features().size() < page.numberMatched()
                ? pageUrl(itemsUrl, parsed, offset + page.features().size(), limit, parsed.format()) : null;
        ResponseEntity.BodyBuilder ok = withEtag(coding.headers(ResponseEntity.ok()), etag)
                .header("Content-Crs", "<" + parsed.crs().uri() + ">");
        if (parsed.format() == FormatParameter.HTML) {
            List<String[]> crumbs = new ArrayList<>(crumbs(base));
            crumbs.add(new String[] {"Colecciones", base + "/collections?f=html"});
            crumbs.add(new String[] {c.title(), base + "/collections/" + c.id() + "?f=html"});
            byte[] body = OgcHtml.page("Entidades / features: " + c.title(), base, crumbs,
                    pageUrl(itemsUrl, parsed, offset, limit, FormatParameter.JSON),
                    OgcHtml.items(base, c, page.features(), page.numberMatched(), offset, prev, next));
            return ok.contentType(HTML).body(coding.encode(body));
        }
        List<Link> links = new ArrayList<>();
        links.add(new Link(pageUrl(itemsUrl, parsed, offset, limit, FormatParameter.JSON), "self", Link.GEOJSON, "Esta página / this page"));
        links.add(new Link(pageUrl(itemsUrl, parsed, offset, limit, FormatParameter.HTML), "alternate", Link.HTML, "Esta página en HTML"));
        if (prev != null) {
            links.add(new Link(prev, "prev", Link.GEOJSON, "Página anterior / previous page"));
        }
        if (next != null) {
            links.add(new Link(next, "next", Link.GEOJSON, "Página siguiente / next page"));
        }
        links.add(new Link(base + "/collections/" + c.id() + "?f=json", "collection", Link.JSON, c.title()));
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("numberMatched", page.numberMatched());
        members.put("numberReturned", page.features().size());
        members.put("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        members.put("links", OgcDocuments.json(links));
        return ok.contentType(GEOJSON).body(geoJson(coding, page.features().size() * 8192 + 1024, out -> {
            if (coding == ContentCoding.GZIP) {
                GeoJsonWriter.writeCollectionGzip(out, page.features(), parsed.crs(), members);
            } else {
                GeoJsonWriter.writeCollection(out, page.features(), parsed.crs(), members);
            }
        }));
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    public ResponseEntity<byte[]> item(@PathVariable String collectionId, @PathVariable String featureId,
                                       HttpServletRequest request) {
        FeatureCollection collection = collection(collectionId);
        CollectionMetadata c = collection.metadata();
        ItemsRequest parsed = ItemsRequest.forItem(c, request.getParameterMap(), request.getHeader(HttpHeaders.ACCEPT));
        Feature feature = collection.item(featureId, parsed.query().parameters())
                .orElseThrow(() -> new NotFoundException("feature.unknown", c.id(), featureId));
        String base = base();
        String self = base + "/collections/" + c.id() + "/items/" + OgcDocuments.pathSegment(featureId);
        ContentCoding coding = ContentCoding.negotiate(request);
        Optional<String> etag = etag(collection, request).map(coding::etag);
        Optional<ResponseEntity.BodyBuilder> current = etag.flatMap(tag -> ConditionalRequest.notModified(request, tag));
        if (current.isPresent()) {
            return current.get().header(HttpHeaders.VARY, ContentCoding.VARY).build();
        }
        ResponseEntity.BodyBuilder ok = withEtag(coding.headers(ResponseEntity.ok()), etag)
                .header("Content-Crs", "<" + parsed.crs().uri() + ">");
        String json = self + OgcDocuments.query(withFormat(parsed.echo(), "json"));
        if (parsed.format() == FormatParameter.HTML) {
            List<String[]> crumbs = new ArrayList<>(crumbs(base));
            crumbs.add(new String[] {"Colecciones", base + "/collections?f=html"});
            crumbs.add(new String[] {c.title(), base + "/collections/" + c.id() + "?f=html"});
            crumbs.add(new String[] {"Entidades", base + "/collections/" + c.id() + "/items?f=html"});
            Object name = feature.property("name");
            Map<String, String> lonLat = new LinkedHashMap<>(parsed.echo());
            lonLat.remove(CrsParameter.NAME);
            byte[] body = OgcHtml.page((name == null ? "" : name + " · ") + feature.id(), base, crumbs, json,
                    OgcHtml.item(c, feature, self + OgcDocuments.query(withFormat(lonLat, "json"))), true);
            return ok.contentType(HTML).body(coding.encode(body));
        }
        List<Link> links = List.of(
                new Link(json, "self", Link.GEOJSON, "Esta entidad / this feature"),
                new Link(self + OgcDocuments.query(withFormat(parsed.echo(), "html")), "alternate", Link.HTML, "En HTML"),
                new Link(base + "/collections/" + c.id() + "?f=json", "collection", Link.JSON, c.title()));
        Map<String, Object> members = Map.of("links", OgcDocuments.json(links));
        return ok.contentType(GEOJSON).body(geoJson(coding, 16384, out -> {
            if (coding == ContentCoding.GZIP) {
                GeoJsonWriter.writeFeatureGzip(out, feature, parsed.crs(), members);
            } else {
                GeoJsonWriter.writeFeature(out, feature, parsed.crs(), members);
            }
        }));
    }

    /** Writes a GeoJSON body into memory. */
    private interface GeoJsonBody {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] geoJson(ContentCoding coding, int plainSize, GeoJsonBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(coding == ContentCoding.GZIP ? plainSize / 4 : plainSize);
        try {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private FeatureCollection collection(String id) {
        return collections.get(id).orElseThrow(() -> new NotFoundException("collection.unknown", id));
    }

    private List<CollectionMetadata> metadata() {
        return collections.all().stream().map(FeatureCollection::metadata).toList();
    }

    /** The names of every collection's own parameters ({@code year}, {@code axis}, …). */
    private List<String> collectionParameterNames() {
        return OpenApiDocument.collectionParameterNames(metadata());
    }

    private static String pageUrl(String itemsUrl, ItemsRequest parsed, int offset, int limit, FormatParameter format) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("f", format == FormatParameter.HTML ? "html" : "json");
        params.putAll(parsed.echo());
        params.put("limit", Integer.toString(limit));
        params.put("offset", Integer.toString(offset));
        return itemsUrl + OgcDocuments.query(params);
    }

    private static Map<String, String> withFormat(Map<String, String> echo, String f) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("f", f);
        params.putAll(echo);
        return params;
    }

    private static List<String[]> crumbs(String base) {
        List<String[]> crumbs = new ArrayList<>();
        crumbs.add(new String[] {"Inicio", base + "?f=html"});
        return crumbs;
    }

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/ogc").build().toUriString();
    }

    /**
     * The opaque part of the entity tag: a hash of the collection version, the path, the sorted query, the Accept
     * header and the base URL; {@link ContentCoding#etag} makes it the (weak) tag of one coding.
     */
    private static Optional<String> etag(FeatureCollection collection, HttpServletRequest request) {
        return collection.version().map(version -> {
            Map<String, String> sorted = new TreeMap<>();
            request.getParameterMap().forEach((k, v) -> sorted.put(k, String.join(",", v)));
            String key = version + "|" + request.getRequestURI() + "|" + sorted + "|" + request.getHeader(HttpHeaders.ACCEPT)
                    + "|" + base();
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ResponseEntity.BodyBuilder withEtag(ResponseEntity.BodyBuilder builder, Optional<String> etag) {
        etag.ifPresent(builder::eTag);
        return builder;
    }

    /** A document negotiated by {@code f} or {@code Accept}; the container compresses it when the client accepts. */
    private static ResponseEntity<byte[]> json(Map<String, Object> document, MediaType type) {
        return ResponseEntity.ok().header(HttpHeaders.VARY, ContentCoding.VARY).contentType(type)
                .body(JsonText.of(document).getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> html(byte[] body) {
        return ResponseEntity.ok().header(HttpHeaders.VARY, ContentCoding.VARY).contentType(HTML).body(body);
    }
}
