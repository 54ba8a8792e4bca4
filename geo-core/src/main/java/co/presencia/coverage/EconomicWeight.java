package co.presencia.coverage;

import co.presencia.economy.DepartmentalEconomy;
import co.presencia.economy.EconomicBranch;
import co.presencia.economy.FigureYear;
import co.presencia.sector.CiiuActivity;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.CiiuLevel;
import co.presencia.sector.Sector;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.ReferenceCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Presence against economic weight (docs/coverage.md): per department, its share of the selection's beneficiaries
 * beside its share of national value added (DANE, PIB departamental), and per branch of DANE's 12, the branch's
 * location quotient in value added beside the location quotient of the selection's beneficiaries in that branch.
 */
public final class EconomicWeight {

    /** The id of the breakdown by DANE's 12 branches. */
    public static final String BRANCHES = "ramas-dane";

    private EconomicWeight() {
    }

    /**
     * The selection against the departmental accounts of one year.
     *
     * @param economyYear    the accounts' year with DANE's status ("2023pr")
     * @param source         "DANE, PIB departamental por actividad económica 2023pr"
     * @param reportingYear  the selection's reporting year; the accounts' year is that year when DANE has it
     * @param beneficiaries  the selection's distinct beneficiaries
     * @param departments    one row per department (the filter's only, when it names some), in code order
     */
    public record Report(int economyYear, String economyYearLabel, String economyYearStatus, String source, int reportingYear,
                         int beneficiaries, List<DepartmentWeight> departments) {
    }

    /**
     * One department.
     *
     * @param beneficiaryShare its distinct beneficiaries over the nation's (as in coverage by department)
     * @param valueAddedShare  its value added over the sum of the 33 departments'
     * @param presenceRatio    beneficiaryShare ÷ valueAddedShare: above 1, more presence than economic weight
     */
    public record DepartmentWeight(String code, String name, int beneficiaries, Double beneficiaryShare, double valueAdded,
                                   double valueAddedShare, Double presenceRatio, double gdp, List<BranchWeight> branches) {
    }

    /**
     * One branch of a department.
     *
     * @param share                       the branch's share of the department's value added
     * @param locationQuotient            that share ÷ the branch's share of national value added (DANE)
     * @param beneficiaries               distinct beneficiaries whose activity lies in the branch
     * @param beneficiaryShare            those over the department's beneficiaries with a branch (summed over branches)
     * @param beneficiaryLocationQuotient that share ÷ the branch's share nationally; null without beneficiaries to compare
     */
    public record BranchWeight(String id, String name, String sections, double valueAdded, double share, Double locationQuotient,
                               int beneficiaries, Double beneficiaryShare, Double beneficiaryLocationQuotient) {
    }

    /** A branch of a department as a row of its own (the department × branch table of downloads). */
    public record BranchRow(String departmentCode, String departmentName, BranchWeight branch) {
    }

    /** Every department's branches, one row each, departments in code order and branches in DANE's. */
    public static List<BranchRow> branchRows(Report report) {
        List<BranchRow> rows = new ArrayList<>();
        report.departments().forEach(d -> d.branches().forEach(b -> rows.add(new BranchRow(d.code(), d.name(), b))));
        return rows;
    }

    /** DANE's 12 branches as a breakdown of the CIIU codes: each code lies in the branch of its section. */
    public static SectorBreakdown branchBreakdown(CiiuClassification classification) {
        EconomicBranch[] branches = EconomicBranch.values();
        Map<String, Integer> branchOfSection = new HashMap<>();
        for (int b = 0; b < branches.length; b++) {
            for (String section : branches[b].sections().split(",\\s*")) {
                branchOfSection.put(section, b);
            }
        }
        List<TreeSet<String>> classes = new ArrayList<>();
        Arrays.stream(branches).forEach(b -> classes.add(new TreeSet<>()));
        Map<String, Integer> byCode = new HashMap<>();
        for (CiiuLevel level : CiiuLevel.values()) {
            for (CiiuActivity activity : classification.activities(level)) {
                Integer b = branchOfSection.get(activity.section());
                if (b == null) {
                    throw new IllegalStateException("CIIU section " + activity.section() + " is in no branch of DANE's accounts");
                }
                byCode.put(activity.code(), b);
                if (level == CiiuLevel.CLASS) {
                    classes.get(b).add(activity.code());
                }
            }
        }
        List<Sector> sectors = new ArrayList<>();
        for (int b = 0; b < branches.length; b++) {
            sectors.add(new Sector(branches[b].id(), branches[b].daneName(), classes.get(b)));
        }
        return new SectorBreakdown(BRANCHES, "Ramas de actividad del PIB departamental (DANE, 12)",
                "DANE, cuentas nacionales departamentales (base 2015)", sectors, byCode);
    }

    /**
     * @param counts   the selection's counts
     * @param branches the selection split by {@link #branchBreakdown}
     * @param economy  the departmental accounts of the year compared
     */
    public static Report of(CoverageCounts counts, SectorCounts branches, DepartmentalEconomy economy, ReferenceCatalog catalog) {
        int national = counts.beneficiaries();
        int[] nationalByBranch = new int[branches.sectors()];
        int nationalWithBranch = 0;
        for (int b = 0; b < nationalByBranch.length; b++) {
            nationalByBranch[b] = branches.beneficiaries(b);
            nationalWithBranch += nationalByBranch[b];
        }
        List<DepartmentWeight> rows = new ArrayList<>();
        for (DepartmentalEconomy.Department d : economy.departments()) {
            DepartmentCode code = d.code();
            if (!counts.filter().departments().isEmpty() && !counts.filter().departments().contains(code)) {
                continue;
            }
            int beneficiaries = counts.beneficiariesIn(code);
            Double beneficiaryShare = SectorFigures.share(beneficiaries, national);
            int withBranch = 0;
            for (int b = 0; b < nationalByBranch.length; b++) {
                withBranch += branches.beneficiaries(b, code);
            }
            List<BranchWeight> branchRows = new ArrayList<>();
            for (DepartmentalEconomy.Branch branch : d.branches()) {
                int b = branch.branch().ordinal();
                int inBranch = branches.beneficiaries(b, code);
                Double share = SectorFigures.share(inBranch, withBranch);
                Double nationalShare = SectorFigures.share(nationalByBranch[b], nationalWithBranch);
                branchRows.add(new BranchWeight(branch.branch().id(), branch.branch().daneName(), branch.branch().sections(),
                        branch.value(), branch.share(), branch.locationQuotient(), inBranch, share,
                        share == null || nationalShare == null || nationalShare == 0 ? null : share / nationalShare));
            }
            String name = catalog.department(code).map(x -> x.department().name()).orElse(code.value());
            rows.add(new DepartmentWeight(code.value(), name, beneficiaries, beneficiaryShare, d.valueAdded(), d.valueAddedShare(),
                    beneficiaryShare == null || d.valueAddedShare() == 0 ? null : beneficiaryShare / d.valueAddedShare(),
                    d.gdp(), branchRows));
        }
        FigureYear year = economy.year();
        return new Report(year.year(), year.label(), year.status().label(), economy.source(), counts.vintage().year(), national, rows);
    }
}
