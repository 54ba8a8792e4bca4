package co.presencia.map;

import co.presencia.feature.CollectionMetadata;
import co.presencia.feature.Feature;
import co.presencia.feature.FeatureCollection;
import co.presencia.feature.FeatureQuery;
import co.presencia.feature.GeometryKind;
import co.presencia.feature.InvalidFeatureQueryException;
import co.presencia.feature.PropertyDefinition;
import co.presencia.feature.PropertyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ChoroplethMap} from any feature collection and one of its numeric properties, so every collection
 * the OGC API serves (territory, coverage figures) can be mapped the same way. Units are outlined by their
 * {@code department_code} when the collection has one; when the features carry a {@code dataset} (and
 * {@code synthetic}) property, the subtitle names the dataset and says when its data are synthetic.
 */
public final class CollectionChoropleth {

    private CollectionChoropleth() {
    }

    /**
     * @param parameters the collection's own parameters ({@code year})
     * @param filters    equality filters on queryable properties
     * @param value      the numeric property to map
     * @param title      the heading, or null for one made from the property and the year
     */
    public static ChoroplethMap of(FeatureCollection collection, Map<String, String> parameters, Map<String, String> filters,
                                   String value, ClassificationMethod method, int classes, ColorRamp ramp, int width,
                                   String title) {
        CollectionMetadata metadata = collection.metadata();
        if (metadata.geometry() != GeometryKind.MULTI_POLYGON) {
            throw new InvalidFeatureQueryException("collection", "query.choropleth.polygons", metadata.id(), metadata.geometry().geoJsonName());
        }
        PropertyDefinition property = metadata.property(value)
                .orElseThrow(() -> new InvalidFeatureQueryException("value", "query.choropleth.noProperty", metadata.id(), value,
                        String.join(", ", numeric(metadata))));
        if (property.type() != PropertyType.INTEGER && property.type() != PropertyType.NUMBER) {
            throw new InvalidFeatureQueryException("value", "query.choropleth.notNumeric", value, String.join(", ", numeric(metadata)));
        }
        List<Feature> features = collection.items(FeatureQuery.all(filters, parameters)).features();
        String groupProperty = metadata.property("department_code").isPresent() && !metadata.id().equals("departments")
                ? "department_code" : null;
        List<MapFeature> units = new ArrayList<>();
        Object year = parameters.get("year");
        for (Feature f : features) {
            if (f.geometry() == null) {
                continue;
            }
            Object v = f.property(value);
            Object group = groupProperty == null ? null : f.property(groupProperty);
            units.add(new MapFeature(f.id(), group == null ? null : group.toString(), f.geometry(),
                    v instanceof Number n ? n.doubleValue() : null));
            if (year == null && f.property("population_year") != null && value.matches("population|density_km2")) {
                year = f.property("population_year");
            }
        }
        if (units.isEmpty()) {
            throw new InvalidFeatureQueryException("filter", "query.choropleth.empty", metadata.id());
        }
        String heading = title != null && !title.isBlank() ? title
                : property.title() + " — " + shortTitle(metadata) + (year == null ? "" : ", " + year);
        String subtitle = String.format(java.util.Locale.ROOT, "%,d", units.size()).replace(',', '.') + " unidades · " + classes + " clases por " + method.label()
                + (filters.isEmpty() ? "" : " · filtro: " + filters) + datasetNote(features);
        return new ChoroplethMap(heading, subtitle, property.title(), metadata.attribution(), units, method, classes, ramp, width);
    }

    /**
     * " · conjunto demo (datos sintéticos de demostración)" when the features carry the dataset they were computed
     * from (coverage figures) and whether it is synthetic, which every view of synthetic data must say.
     */
    static String datasetNote(List<Feature> features) {
        if (features.isEmpty() || features.get(0).property("dataset") == null) {
            return "";
        }
        Feature first = features.get(0);
        return " · conjunto " + first.property("dataset")
                + (Boolean.TRUE.equals(first.property("synthetic")) ? " (datos sintéticos de demostración)" : "");
    }

    private static String shortTitle(CollectionMetadata metadata) {
        String title = metadata.title();
        int cut = title.indexOf(" / ");
        return cut > 0 ? title.substring(0, cut) : title;
    }

    private static List<String> numeric(CollectionMetadata metadata) {
        return metadata.properties().stream()
                .filter(p -> p.type() == PropertyType.INTEGER || p.type() == PropertyType.NUMBER).map(PropertyDefinition::name).toList();
    }
}
