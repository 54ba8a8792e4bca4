package co.presencia.web.coverage;

import co.presencia.coverage.FigureTables;
import co.presencia.table.Column;
import co.presencia.table.TableDefinition;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes every row of a table of figures as JSON from its {@link FigureTables} definition (camelCase names, column
 * order, values as the columns read them), wherever the row appears in a response body: the {@code items} of the
 * coverage tables, the lists inside a gaps report. Spring Boot registers this module with its JSON mapper.
 */
@Component
public class FigureRowsJson extends SimpleModule {

    public FigureRowsJson() {
        super("presencia-figure-rows");
        FigureTables.ALL.forEach(this::register);
    }

    private <R> void register(TableDefinition<R> table) {
        addSerializer(table.rowType(), new RowSerializer<>(table));
    }

    /** One table's rows as JSON objects. */
    static final class RowSerializer<R> extends ValueSerializer<R> {
        private final TableDefinition<R> table;

        RowSerializer(TableDefinition<R> table) {
            this.table = table;
        }

        @Override
        public void serialize(R row, JsonGenerator gen, SerializationContext context) {
            gen.writeStartObject(row);
            for (Column<R> column : table.columns()) {
                context.defaultSerializeProperty(column.name(), column.valueOf(row), gen);
            }
            gen.writeEndObject();
        }
    }
}
