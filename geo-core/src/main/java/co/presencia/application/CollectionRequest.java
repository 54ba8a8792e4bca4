package co.presencia.application;

import co.presencia.error.InvalidParameterException;
import co.presencia.feature.CollectionMetadata;
import co.presencia.feature.ParameterDefinition;
import co.presencia.feature.PropertyDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query parameters of a request on a whole feature collection (a download, a static map), sorted into the
 * collection's own parameters ({@code year}, {@code dataset}, ...), equality filters on its queryable properties,
 * and the adapter's options ({@code value}, {@code classes}, ... of a map). Anything else, or a parameter given
 * twice, is an {@link InvalidParameterException} naming it and what is accepted.
 */
public record CollectionRequest(Map<String, String> parameters, Map<String, String> filters, Map<String, String> options) {

    public static CollectionRequest of(CollectionMetadata metadata, Map<String, String[]> raw, Collection<String> optionNames) {
        Map<String, String> parameters = new TreeMap<>();
        Map<String, String> filters = new TreeMap<>();
        Map<String, String> options = new TreeMap<>();
        for (Map.Entry<String, String[]> p : raw.entrySet()) {
            String name = p.getKey();
            if (p.getValue().length != 1) {
                throw new InvalidParameterException(name, "parameter.repeated", name, String.valueOf(p.getValue().length));
            }
            String value = p.getValue()[0];
            if (optionNames.contains(name)) {
                options.put(name, value);
            } else if (metadata.parameter(name).isPresent()) {
                parameters.put(name, value);
            } else if (metadata.property(name).filter(PropertyDefinition::queryable).isPresent()) {
                filters.put(name, value);
            } else {
                List<String> known = new ArrayList<>(optionNames);
                metadata.parameters().stream().map(ParameterDefinition::name).forEach(known::add);
                metadata.properties().stream().filter(PropertyDefinition::queryable).map(PropertyDefinition::name).forEach(known::add);
                throw new InvalidParameterException(name, "parameter.unknown", name, metadata.id(), String.join(", ", known));
            }
        }
        return new CollectionRequest(Map.copyOf(parameters), Map.copyOf(filters), Map.copyOf(options));
    }

    /**
     * A strong entity tag of this request's answer over a collection in {@code version}: SHA-256 of the version, the
     * request in canonical (sorted) order and {@code more} (the collection, the format), so equal requests get equal
     * tags on every instance of the same store and release.
     */
    public String tag(String version, String... more) {
        String canonical = String.join("|", version, String.join("|", more), new TreeMap<>(parameters).toString(),
                new TreeMap<>(filters).toString(), new TreeMap<>(options).toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
