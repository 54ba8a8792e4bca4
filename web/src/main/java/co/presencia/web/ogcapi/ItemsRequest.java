package co.presencia.web.ogcapi;

import co.presencia.error.InvalidParameterException;
import co.presencia.feature.CollectionMetadata;
import co.presencia.feature.FeatureCrs;
import co.presencia.feature.FeatureQuery;
import co.presencia.feature.ParameterDefinition;
import co.presencia.feature.PropertyDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query string of {@code /collections/{id}/items} (and, with {@link #forItem}, of one feature) checked against
 * what the API defines for that collection: the standard parameters, the queryable properties and the
 * collection's own parameters. Any other parameter, or one given twice, is a 400 (/req/core/query-param-unknown,
 * /req/core/query-param-invalid).
 */
public record ItemsRequest(FeatureQuery query, FeatureCrs crs, FeatureCrs bboxCrs, FormatParameter format,
                           Map<String, String> echo) {

    static final List<String> STANDARD = List.of(FormatParameter.NAME, LimitParameter.NAME, OffsetParameter.NAME,
            BboxParameter.NAME, BboxCrsParameter.NAME, CrsParameter.NAME, DatetimeParameter.NAME);
    static final List<String> ITEM_STANDARD = List.of(FormatParameter.NAME, CrsParameter.NAME);

    public static ItemsRequest forItems(CollectionMetadata metadata, Map<String, String[]> raw, String accept) {
        Map<String, String> params = single(raw);
        List<String> known = new ArrayList<>(STANDARD);
        metadata.properties().stream().filter(PropertyDefinition::queryable).map(PropertyDefinition::name).forEach(known::add);
        metadata.parameters().stream().map(ParameterDefinition::name).forEach(known::add);
        rejectUnknown(params, known, metadata.id());

        FormatParameter format = FormatParameter.negotiate(params.get(FormatParameter.NAME), accept);
        LimitParameter limit = LimitParameter.parse(params.get(LimitParameter.NAME));
        OffsetParameter offset = OffsetParameter.parse(params.get(OffsetParameter.NAME));
        BboxCrsParameter bboxCrs = BboxCrsParameter.parse(params.get(BboxCrsParameter.NAME));
        BboxParameter bbox = BboxParameter.parse(params.get(BboxParameter.NAME), bboxCrs.crs());
        CrsParameter crs = CrsParameter.parse(params.get(CrsParameter.NAME));
        DatetimeParameter.parse(params.get(DatetimeParameter.NAME));

        Map<String, String> filters = new TreeMap<>();
        Map<String, String> parameters = new TreeMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (metadata.parameter(p.getKey()).isPresent()) {
                parameters.put(p.getKey(), p.getValue());
            } else if (metadata.property(p.getKey()).filter(PropertyDefinition::queryable).isPresent()) {
                filters.put(p.getKey(), p.getValue());
            }
        }
        FeatureQuery query = new FeatureQuery(bbox == null ? null : bbox.lonLat(), limit.value(), offset.value(), filters, parameters);
        return new ItemsRequest(query, crs.crs(), bboxCrs.crs(), format, echo(params));
    }

    public static ItemsRequest forItem(CollectionMetadata metadata, Map<String, String[]> raw, String accept) {
        Map<String, String> params = single(raw);
        List<String> known = new ArrayList<>(ITEM_STANDARD);
        metadata.parameters().stream().map(ParameterDefinition::name).forEach(known::add);
        rejectUnknown(params, known, metadata.id());
        FormatParameter format = FormatParameter.negotiate(params.get(FormatParameter.NAME), accept);
        CrsParameter crs = CrsParameter.parse(params.get(CrsParameter.NAME));
        Map<String, String> parameters = new TreeMap<>();
        metadata.parameters().forEach(p -> {
            if (params.containsKey(p.name())) {
                parameters.put(p.name(), params.get(p.name()));
            }
        });
        return new ItemsRequest(new FeatureQuery(null, 1, 0, Map.of(), parameters), crs.crs(), FeatureCrs.CRS84, format,
                echo(params));
    }

    /**
     * Checks the query of a collection's description or queryables: {@code f} and the collection's own parameters,
     * which GDAL's OAPIF driver repeats on every request when they are part of the URL it opens
     * ({@code OAPIF:…/collections/municipal-coverage?year=2023}). They do not change the document; the items link
     * carries them ({@link #echo()}).
     */
    public static ItemsRequest forCollection(CollectionMetadata metadata, Map<String, String[]> raw, String accept) {
        Map<String, String> params = single(raw);
        List<String> known = new ArrayList<>(List.of(FormatParameter.NAME));
        metadata.parameters().stream().map(ParameterDefinition::name).forEach(known::add);
        rejectUnknown(params, known, metadata.id());
        FormatParameter format = FormatParameter.negotiate(params.get(FormatParameter.NAME), accept);
        return new ItemsRequest(new FeatureQuery(null, 1, 0, Map.of(), Map.of()), FeatureCrs.CRS84, FeatureCrs.CRS84, format,
                echo(params));
    }

    /** Checks a resource that takes only {@code f} and returns the negotiated format. */
    public static FormatParameter forDocument(Map<String, String[]> raw, String accept) {
        return forDocument(raw, accept, List.of());
    }

    /**
     * Checks a resource that takes {@code f} and tolerates {@code ignored} (the names of collection parameters, which
     * GDAL's OAPIF driver repeats on the landing page and the API definition when they are part of the URL it opens;
     * the OpenAPI document declares them there as ignored). Returns the negotiated format.
     */
    public static FormatParameter forDocument(Map<String, String[]> raw, String accept, Collection<String> ignored) {
        Map<String, String> params = single(raw);
        List<String> known = new ArrayList<>(List.of(FormatParameter.NAME));
        ignored.stream().filter(name -> !known.contains(name)).forEach(known::add);
        rejectUnknown(params, known, "/ogc");
        return FormatParameter.negotiate(params.get(FormatParameter.NAME), accept);
    }

    private static Map<String, String> single(Map<String, String[]> raw) {
        Map<String, String> params = new LinkedHashMap<>();
        raw.forEach((name, values) -> {
            if (values.length != 1) {
                throw new InvalidParameterException(name, "parameter.repeated", name, values.length);
            }
            params.put(name, values[0]);
        });
        return params;
    }

    private static void rejectUnknown(Map<String, String> params, List<String> known, String resource) {
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidParameterException(name, "parameter.unknown", name, resource, String.join(", ", known));
            }
        }
    }

    /** The parameters to carry into paging links, without {@code f}, {@code limit} and {@code offset}. */
    private static Map<String, String> echo(Map<String, String> params) {
        Map<String, String> echo = new LinkedHashMap<>(params);
        echo.remove(FormatParameter.NAME);
        echo.remove(LimitParameter.NAME);
        echo.remove(OffsetParameter.NAME);
        return echo;
    }
}
