package co.presencia.feature;

import co.presencia.table.Column;
import co.presencia.table.ColumnType;
import co.presencia.table.TableDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A {@link TableDefinition} as a feature schema: each column becomes a property named in snake_case, with its type,
 * Spanish title, DBF short name and queryable flag; each row a feature whose properties are the columns' flat
 * values. The OGC properties, the queryables, the GeoPackage columns and the Shapefile fields of a collection
 * built this way therefore all come from the one definition.
 */
public final class TableFeatures {

    private TableFeatures() {
    }

    /** The property definitions of {@code table}, in column order. */
    public static List<PropertyDefinition> properties(TableDefinition<?> table) {
        return table.columns().stream().map(TableFeatures::property).toList();
    }

    static PropertyDefinition property(Column<?> column) {
        return new PropertyDefinition(column.snakeName(), type(column.type()), column.titleEs(), column.shortName(),
                column.queryable());
    }

    /** {@code row} as a feature with id {@code id} and geometry {@code geometry} (EPSG:4326, or null). */
    public static <R> Feature feature(TableDefinition<R> table, R row, String id, Geometry geometry) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Column<R> c : table.columns()) {
            properties.put(c.snakeName(), c.flatValueOf(row));
        }
        return new Feature(id, properties, geometry);
    }

    static PropertyType type(ColumnType type) {
        return switch (type) {
            case STRING, STRING_LIST -> PropertyType.STRING;
            case INTEGER -> PropertyType.INTEGER;
            case NUMBER -> PropertyType.NUMBER;
            case BOOLEAN -> PropertyType.BOOLEAN;
        };
    }
}
