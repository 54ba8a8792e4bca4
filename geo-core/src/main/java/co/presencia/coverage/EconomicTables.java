package co.presencia.coverage;

import co.presencia.coverage.EconomicGaps.Gap;
import co.presencia.coverage.EconomicWeight.BranchRow;
import co.presencia.coverage.EconomicWeight.DepartmentWeight;
import co.presencia.table.Column;
import co.presencia.table.TableDefinition;
import java.util.function.Function;

/**
 * The tables of coverage beside the economy ({@code /api/v1/coverage/economy}, {@code /api/v1/coverage/gaps/economy}),
 * one definition each, like {@link FigureTables}. Values in thousand million current pesos, as DANE publishes them.
 */
public final class EconomicTables {

    /** Presence against economic weight, per department. */
    public static final TableDefinition<DepartmentWeight> DEPARTMENT_WEIGHT = TableDefinition.of(DepartmentWeight.class,
            Column.string("code", "cod_dpto", "Código del departamento (2 dígitos)", "Department code (2 digits)", DepartmentWeight::code),
            Column.string("name", "nombre", "Departamento", "Department", DepartmentWeight::name),
            Column.integer("beneficiaries", "benefic", "Beneficiarios (distintos)", "Beneficiaries (distinct)",
                    DepartmentWeight::beneficiaries),
            Column.number("beneficiaryShare", "part_benef", "Participación en los beneficiarios del país (0–1)",
                    "Share of the country's beneficiaries (0–1)", DepartmentWeight::beneficiaryShare),
            valueAdded(DepartmentWeight::valueAdded),
            Column.number("valueAddedShare", "part_va", "Participación en el valor agregado nacional (0–1)",
                    "Share of national value added (0–1)", DepartmentWeight::valueAddedShare),
            Column.number("presenceRatio", "presencia", "Participación en beneficiarios ÷ participación en valor agregado",
                    "Share of beneficiaries ÷ share of value added", DepartmentWeight::presenceRatio),
            Column.number("gdp", "pib", "PIB (miles de millones de pesos corrientes)", "GDP (thousand million current pesos)",
                    DepartmentWeight::gdp));

    /** Every branch of every department: value added and beneficiaries, with their location quotients. */
    public static final TableDefinition<BranchRow> DEPARTMENT_BRANCHES = TableDefinition.of(BranchRow.class,
            Column.string("departmentCode", "cod_dpto", "Código del departamento", "Department code", BranchRow::departmentCode),
            Column.string("departmentName", "nom_dpto", "Departamento", "Department", BranchRow::departmentName),
            Column.string("branch", "rama", "Rama (id)", "Branch (id)", r -> r.branch().id()),
            Column.string("branchName", "nom_rama", "Rama de actividad (DANE)", "Branch (DANE)", r -> r.branch().name()),
            Column.string("sections", "secciones", "Secciones CIIU", "CIIU sections", r -> r.branch().sections()),
            valueAdded(r -> r.branch().valueAdded()),
            Column.number("share", "part_va", "Participación en el valor agregado del departamento (0–1)",
                    "Share of the department's value added (0–1)", r -> r.branch().share()),
            Column.number("locationQuotient", "cl_va", "Cociente de localización del valor agregado",
                    "Location quotient of value added", r -> r.branch().locationQuotient()),
            Column.integer("beneficiaries", "benefic", "Beneficiarios (distintos) de la rama", "Beneficiaries (distinct) of the branch",
                    r -> r.branch().beneficiaries()),
            Column.number("beneficiaryShare", "part_benef", "Participación en los beneficiarios del departamento con rama (0–1)",
                    "Share of the department's beneficiaries with a branch (0–1)", r -> r.branch().beneficiaryShare()),
            Column.number("beneficiaryLocationQuotient", "cl_benef", "Cociente de localización de los beneficiarios",
                    "Location quotient of beneficiaries", r -> r.branch().beneficiaryLocationQuotient()));

    /** Units in force not reached, ranked by value added. */
    public static final TableDefinition<Gap> ECONOMIC_GAPS = TableDefinition.of(Gap.class,
            Column.integer("rank", "puesto", "Puesto por valor agregado entre los no alcanzados", "Rank by value added among the unreached",
                    Gap::rank),
            Column.string("code", "cod_mpio", "Código DIVIPOLA (5 dígitos)", "DIVIPOLA code (5 digits)", Gap::code),
            Column.string("name", "nombre", "Nombre (DANE)", "Name (DANE)", Gap::name),
            Column.string("departmentCode", "cod_dpto", "Código del departamento", "Department code", Gap::departmentCode),
            Column.string("departmentName", "nom_dpto", "Departamento", "Department", Gap::departmentName),
            Column.number("valueAdded", "valor_agr", "Valor agregado (miles de millones de pesos corrientes; vacío: el DANE no lo publica)",
                    "Value added (thousand million current pesos; empty: DANE publishes none)", Gap::valueAdded),
            Column.number("shareOfNation", "part_nac", "Participación en el valor agregado municipal del país (0–1)",
                    "Share of the country's municipal value added (0–1)", Gap::shareOfNation),
            Column.number("primaryShare", "primario", "Actividades primarias (0–1)", "Primary activities (0–1)", Gap::primaryShare),
            Column.number("secondaryShare", "secundario", "Actividades secundarias (0–1)", "Secondary activities (0–1)",
                    Gap::secondaryShare),
            Column.number("tertiaryShare", "terciario", "Actividades terciarias (0–1)", "Tertiary activities (0–1)", Gap::tertiaryShare),
            Column.integer("population", "poblacion", "Población proyectada (DANE) del año de reporte",
                    "Projected population (DANE) in the reporting year", Gap::population),
            Column.bool("pdet", "pdet", "Municipio PDET", "PDET municipality", Gap::pdet));

    private EconomicTables() {
    }

    private static <R> Column<R> valueAdded(Function<R, Double> value) {
        return Column.number("valueAdded", "valor_agr", "Valor agregado (miles de millones de pesos corrientes)",
                "Value added (thousand million current pesos)", value);
    }
}
