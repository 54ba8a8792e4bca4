package co.presencia.web.profile;

import co.presencia.application.CoverageContext;
import co.presencia.application.Profile;
import co.presencia.application.Profiles;
import co.presencia.coverage.CoverageFigures.Headline;
import co.presencia.coverage.CoverageFigures.Reach;
import co.presencia.coverage.CoverageFigures.Share;
import co.presencia.web.profile.PdfLayout.Column;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The printable profile: A4, in the reader's language. Page one: the territory, the synthetic-data notice where it
 * applies, the filters in force, its figures beside its department's (for a municipality) and Colombia's, and its
 * map; then programs, axes, the years, the unreached units, groups and neighbours. Every page ends with the source,
 * the date, the link to the same view online and the page number.
 */
final class ProfilePdf {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private final Profiles profiles;

    ProfilePdf(Profiles profiles) {
        this.profiles = profiles;
    }

    byte[] write(Profile p, ProfileText t, String link) {
        Profile.TerritoryInfo territory = p.territory();
        boolean municipality = territory.kind().equals("municipality");
        String title = t.get("title") + " — " + territory.name();
        int year = p.headline().year();
        try (PdfLayout pdf = new PdfLayout(title, t.english() ? "en" : "es-CO")) {
            pdf.paragraph(title, 17, true, PdfLayout.NAVY);
            String kind = municipality ? t.get("kind.municipality", territory.departmentName()) : t.get("kind.department");
            pdf.paragraph(t.get("subtitle", kind, territory.code(), String.valueOf(year)), 10.5f, false, PdfLayout.MUTED);
            pdf.space(4);
            if (p.context().dataset().synthetic()) {
                pdf.notice(t.get("synthetic"), 9.5f);
            }
            pdf.paragraph(t.get("filters") + ": " + filters(p.context(), t), 9, false, PdfLayout.INK);
            if (territory.population() != null) {
                pdf.paragraph(t.get("population", String.valueOf(territory.populationYear()), t.number(territory.population()),
                        t.number(Math.round(territory.areaKm2()))), 9, false, PdfLayout.INK);
            }
            figures(pdf, p, t);
            pdf.image(profiles.mapPng(p, new Profiles.MapText(t.get("map.title", municipality ? territory.departmentName()
                    : territory.name(), String.valueOf(year)), p.context().dataset().name(), t.get("map.legend"),
                    p.context().source()), 1000), mapHeight(pdf.remaining()));
            breakdown(pdf, t.get("programs"), t.get("col.program"), p.programs(), t);
            breakdown(pdf, t.get("axes"), t.get("col.axis"), p.axes().stream()
                    .map(a -> new Profile.Breakdown(a.id(), axis(a, t), a.beneficiaries(), a.interventions())).toList(), t);
            years(pdf, p, t);
            economy(pdf, p, t);
            if (!municipality) {
                unreached(pdf, p, t);
            }
            context(pdf, p, t);
            String generated = t.get("generated", t.date(LocalDate.now(BOGOTA)));
            String source = t.get("source") + ": " + p.context().source();
            return pdf.finish((page, pages) -> List.of(source, generated + " · " + t.get("link") + ": " + link,
                    t.get("page", page, pages)));
        }
    }

    /** The map fills what is left of page one (at most 430 pt); with less than 260 pt left it starts page two. */
    static float mapHeight(float remaining) {
        float room = remaining - 10;
        return room >= 260 ? Math.min(430, room) : 430;
    }

    private static String filters(CoverageContext context, ProfileText t) {
        CoverageContext.FilterView f = context.filter();
        List<String> parts = new ArrayList<>();
        parts.add(t.get("filter.dataset") + " " + context.dataset().name());
        parts.add(t.get("filter.year") + " " + f.reportingYear());
        parts.add(t.get("filter.axis") + " " + (f.axes().isEmpty() ? t.get("filter.all")
                : String.join(", ", f.axes().stream().map(a -> t.get("axis." + a)).toList())));
        parts.add(t.get("filter.program") + " " + (f.programs().isEmpty() ? t.get("filter.all") : String.join(", ", f.programs())));
        parts.add(t.get("filter.size") + " " + (f.sizes().isEmpty() ? t.get("filter.all")
                : String.join(", ", f.sizes().stream().map(s -> t.get("size." + s)).toList())));
        return String.join(" · ", parts);
    }

    private static String axis(Profile.Breakdown axis, ProfileText t) {
        return t.get("axis." + axis.id());
    }

    /** The headline figures, one column per territory: the profile's, its department's for a municipality, Colombia's. */
    private static void figures(PdfLayout pdf, Profile p, ProfileText t) {
        pdf.heading(t.get("figures"), 12.5f);
        List<Headline> columns = new ArrayList<>(List.of(p.headline()));
        List<String> header = new ArrayList<>(List.of(t.get("col.figure"), p.territory().name()));
        if (p.department() != null) {
            columns.add(p.department().headline());
            header.add(p.department().name());
        }
        columns.add(p.national());
        header.add(t.get("col.colombia"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(t.get("fig.beneficiaries"), columns, h -> t.number(h.beneficiaries())));
        rows.add(row(t.get("fig.interventions"), columns, h -> t.number(h.interventions())));
        rows.add(row(t.get("fig.municipalities"), columns, h -> reach(h.municipalities(), t)));
        rows.add(row(t.get("fig.pdet"), columns, h -> reach(h.pdetMunicipalities(), t)));
        rows.add(row(t.get("fig.pdetSubregions"), columns, h -> reach(h.pdetSubregions(), t)));
        rows.add(row(t.get("fig.zomac"), columns, h -> reach(h.zomacMunicipalities(), t)));
        rows.add(row(t.get("fig.band"), columns, h -> reach(h.populationBand(), t)));
        rows.add(row(t.get("fig.mipyme"), columns, h -> share(h.mipyme(), t)));
        rows.add(row(t.get("fig.top10"), columns, h -> h.concentrationTop10() == null ? "—" : t.percent(h.concentrationTop10().share())));
        float first = columns.size() == 3 ? 0.34f : 0.4f;
        List<Column> widths = new ArrayList<>(List.of(new Column(first, false)));
        for (int i = 0; i < columns.size(); i++) {
            widths.add(new Column((1 - first) / columns.size(), true));
        }
        pdf.table(widths, header, rows, 8.5f);
        pdf.paragraph(t.get("figures.note", p.territory().name(), t.number(p.headline().denominator().units()),
                String.valueOf(p.national().year()), t.number(p.national().denominator().units())), 7.5f, false, PdfLayout.MUTED);
    }

    private static List<String> row(String label, List<Headline> columns, Function<Headline, String> value) {
        List<String> cells = new ArrayList<>(List.of(label));
        columns.forEach(h -> cells.add(value.apply(h)));
        return cells;
    }

    /** "4 de 64 (6,3 %)"; a dash when the territory has none of the group. */
    private static String reach(Reach r, ProfileText t) {
        return r == null || r.of() == 0 ? "—" : t.get("xOfY", t.number(r.reached()), t.number(r.of()), t.percent(r.share()));
    }

    private static String share(Share s, ProfileText t) {
        return s == null || s.of() == 0 ? "—" : t.get("xOfY", t.number(s.count()), t.number(s.of()), t.percent(s.share()));
    }

    private static void breakdown(PdfLayout pdf, String heading, String column, List<Profile.Breakdown> rows, ProfileText t) {
        pdf.heading(heading, 12);
        if (rows.isEmpty()) {
            pdf.paragraph(t.get("none.programs"), 9, false, PdfLayout.MUTED);
            return;
        }
        pdf.table(List.of(new Column(0.6f, false), new Column(0.2f, true), new Column(0.2f, true)),
                List.of(column, t.get("col.beneficiaries"), t.get("col.interventions")),
                rows.stream().map(r -> List.of(r.name(), t.number(r.beneficiaries()), t.number(r.interventions()))).toList(), 8.5f);
    }

    private static void years(PdfLayout pdf, Profile p, ProfileText t) {
        pdf.heading(t.get("years"), 12);
        pdf.table(List.of(new Column(0.16f, false), new Column(0.24f, true), new Column(0.24f, true), new Column(0.36f, true)),
                List.of(t.get("col.year"), t.get("col.beneficiaries"), t.get("col.interventions"), t.get("col.reached")),
                p.years().stream().map(y -> List.of(String.valueOf(y.year()), t.number(y.beneficiaries()),
                        t.number(y.interventions()), reach(y.municipalities(), t))).toList(), 8.5f);
    }

    /** The territory's value added (DANE) beside its share of the beneficiaries, and the CIIU sections present. */
    private static void economy(PdfLayout pdf, Profile p, ProfileText t) {
        Profile.EconomicProfile e = p.economy();
        Profile.ValueAddedView v = e.valueAdded();
        pdf.heading(t.get("economy"), 12);
        if (v.total() == null) {
            pdf.paragraph(t.get("economy.none", v.year()), 9, false, PdfLayout.INK);
        } else {
            pdf.paragraph(t.get("economy.valueAdded", v.year(), t.number(Math.round(v.total())), t.percent(v.shareOfNation()),
                    t.percent(v.primaryShare()), t.percent(v.secondaryShare()), t.percent(v.tertiaryShare())), 9, false, PdfLayout.INK);
            pdf.paragraph(t.get("economy.presence", t.percent(e.beneficiaryShare()), t.percent(v.shareOfNation()),
                    e.presenceRatio() == null ? "—" : String.format(t.english() ? Locale.US : ProfileText.SPANISH, "%.2f", e.presenceRatio())),
                    9, false, PdfLayout.INK);
        }
        pdf.paragraph(t.get("source") + ": " + v.source(), 8, false, PdfLayout.MUTED);
        breakdown(pdf, t.get("sectors"), t.get("col.sector"), p.sectors(), t);
    }

    private static void unreached(PdfLayout pdf, Profile p, ProfileText t) {
        pdf.heading(t.get("unreached", t.number(p.unreached().size()), t.number(p.headline().municipalities().of())), 12);
        if (p.unreached().isEmpty()) {
            pdf.paragraph(t.get("unreached.none"), 9, false, PdfLayout.INK);
            return;
        }
        pdf.table(List.of(new Column(0.5f, false), new Column(0.14f, false), new Column(0.18f, true), new Column(0.18f, false)),
                List.of(t.get("col.municipality"), "DIVIPOLA", t.get("col.population", String.valueOf(p.territory().populationYear())),
                        t.get("col.groups")),
                p.unreached().stream().map(u -> List.of(u.name(), u.code(), u.population() == null ? "—" : t.number(u.population()),
                        String.join(", ", flags(u)))).toList(), 8.5f);
    }

    private static List<String> flags(Profile.UnreachedUnit u) {
        List<String> flags = new ArrayList<>();
        if (u.pdet()) {
            flags.add("PDET");
        }
        if (u.zomac()) {
            flags.add("ZOMAC");
        }
        return flags;
    }

    private static void context(PdfLayout pdf, Profile p, ProfileText t) {
        Profile.TerritoryInfo territory = p.territory();
        pdf.heading(t.get("groups"), 12);
        List<String> lines = new ArrayList<>();
        for (Profile.Membership m : territory.groups()) {
            lines.add(m.groupName() + ": " + String.join("; ", m.territories().stream()
                    .map(g -> territory.units() == 1 ? g.name() : g.name() + " (" + t.number(g.municipalities()) + ")").toList()));
        }
        lines.forEach(line -> pdf.paragraph(line, 9, false, PdfLayout.INK));
        if (!territory.neighbours().isEmpty()) {
            pdf.heading(t.get("neighbours"), 12);
            pdf.paragraph(String.join("; ", territory.neighbours().stream().map(n -> n.name()
                    + (n.departmentName() == null || n.departmentName().equals(territory.departmentName()) ? "" : " (" + n.departmentName() + ")")
                    + " — " + t.get(n.reached() ? "neighbour.reached" : "neighbour.unreached")).toList()), 9, false, PdfLayout.INK);
        }
    }
}
