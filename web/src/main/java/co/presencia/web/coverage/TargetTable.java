package co.presencia.web.coverage;

import co.presencia.table.Column;
import co.presencia.table.TableDefinition;
import co.presencia.application.Targets.TargetView;

/** The columns of the targets download ({@code /api/v1/targets?format=csv|csv-es|xlsx}), in the JSON's order. */
final class TargetTable {

    static final TableDefinition<TargetView> TARGETS = TableDefinition.of(TargetView.class,
            Column.string("id", "id", "Meta (identificador)", "Target id", TargetView::id),
            Column.string("name", "nombre", "Nombre", "Name", TargetView::name),
            Column.string("indicator", "indicador", "Indicador", "Indicator", TargetView::indicator),
            Column.string("indicatorLabel", "ind_nombre", "Nombre del indicador", "Indicator label", TargetView::indicatorLabel),
            Column.string("group", "grupo", "Grupo de territorios", "Territory group", TargetView::group),
            Column.string("dataset", "conjunto", "Conjunto de datos", "Dataset", TargetView::dataset),
            Column.strings("years", "anios", "Años", "Years", v -> v.years().stream().map(String::valueOf).toList()),
            Column.string("filter", "filtro", "Filtro", "Filter", v -> String.valueOf(v.filter())),
            Column.number("target", "meta", "Valor de la meta", "Target value", TargetView::target),
            Column.number("achieved", "logrado", "Valor logrado", "Achieved value", TargetView::achieved),
            Column.string("status", "estado", "Estado (MET, NOT_MET, NO_DATA)", "Status (MET, NOT_MET, NO_DATA)", TargetView::status),
            Column.string("reason", "motivo", "Motivo", "Reason", TargetView::reason),
            Column.string("unit", "unidad", "Unidad (% o conteo)", "Unit (% or count)", TargetView::unit),
            Column.string("source", "fuente", "Fuente de la meta (configuración o api)", "Where the target comes from",
                    TargetView::source));

    private TargetTable() {
    }
}
