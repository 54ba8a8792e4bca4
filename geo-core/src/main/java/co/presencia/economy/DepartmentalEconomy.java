package co.presencia.economy;

import co.presencia.territory.DepartmentCode;
import java.util.List;

/**
 * Every department's GDP by branch in one year, with shares and location quotients (docs/coverage.md).
 *
 * @param year        the year and its status
 * @param source      e.g. "DANE, PIB departamental por actividad económica 2023pr"
 * @param valueAdded  national value added (sum of the departments' 12 branches), current prices
 * @param gdp         national GDP (value added plus taxes), current prices
 * @param departments one entry per department, in code order
 */
public record DepartmentalEconomy(FigureYear year, String source, double valueAdded, double gdp, List<Department> departments) {

    public DepartmentalEconomy {
        departments = List.copyOf(departments);
    }

    /**
     * One department.
     *
     * @param code            DIVIPOLA department code
     * @param valueAdded      value added at current prices
     * @param valueAddedShare fraction of national value added
     * @param gdp             GDP at current prices
     * @param gdpShare        fraction of national GDP
     * @param taxes           taxes less subsidies on products
     * @param branches        the 12 branches in DANE's order
     */
    public record Department(DepartmentCode code, double valueAdded, double valueAddedShare, double gdp, double gdpShare,
                             double taxes, List<Branch> branches) {
        public Department {
            branches = List.copyOf(branches);
        }
    }

    /**
     * One branch of a department.
     *
     * @param branch           the branch
     * @param value            value added at current prices
     * @param share            fraction of the department's value added
     * @param locationQuotient share ÷ the branch's share of national value added; null when the nation has none
     * @param constant2015     value added at constant 2015 prices
     * @param realGrowth       change of {@code constant2015} from the year before, as a fraction; null for the first year
     */
    public record Branch(EconomicBranch branch, double value, double share, Double locationQuotient, double constant2015,
                         Double realGrowth) {
    }
}
