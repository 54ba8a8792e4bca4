package co.presencia.web.profile;

import co.presencia.application.Presencia;
import co.presencia.application.Profile;
import co.presencia.application.Profiles;
import co.presencia.application.SelectionParser;
import co.presencia.application.WorkLimit;
import co.presencia.coverage.CoverageSelection;
import co.presencia.error.InvalidParameterException;
import co.presencia.web.system.ExpensiveWork;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/v1/profiles/{code}}: a department's (2 digits) or a municipality's (5 digits) figures over its own
 * denominators beside the national ones ({@link Profiles}); {@code GET /api/v1/profiles/{code}.pdf} the same as a
 * printable A4 document, Spanish by default ({@code lang=en}), written in a turn of the {@code documents} lane
 * ({@link ExpensiveWork}; 503 with {@code Retry-After} beyond it). One call of the core each; this class translates.
 */
@RestController
@RequestMapping("/api/v1/profiles")
@Tag(name = "Profiles", description = "Department and municipality profiles over their own denominators")
public class ProfileController {

    private final SelectionParser selections;
    private final Profiles profiles;
    private final ProfilePdf pdf;
    private final WorkLimit documents;

    public ProfileController(Presencia presencia, ExpensiveWork work) {
        this.selections = presencia.selections();
        this.profiles = presencia.profiles();
        this.pdf = new ProfilePdf(profiles);
        this.documents = work.documents();
    }

    @Operation(summary = "Territory profile", description = "A department (2-digit code) or municipality (5-digit code): "
            + "headline figures in the shape of /api/v1/coverage's headline over the territory's own units (Nariño: x of 64 "
            + "municipalities; PDET of Nariño's PDET), the national headline beside it, programs and axes present, every year "
            + "of the dataset, unreached units, groups, neighbours, CIIU sections present, its value added (DANE) beside its "
            + "share of beneficiaries with its department's branches and location quotients, and for a municipality its "
            + "department. Example: "
            + "/api/v1/profiles/52?year=2023")
    @GetMapping("/{code}")
    public Map<String, Object> profile(@PathVariable String code, @ParameterObject @ModelAttribute ProfileRequest request) {
        Profile profile = profiles.profile(code, select(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", profile.context().dataset());
        body.put("filter", profile.context().filter());
        body.put("denominator", profile.headline().denominator());
        body.put("source", profile.context().source());
        body.put("territory", profile.territory());
        body.put("headline", profile.headline());
        body.put("national", profile.national());
        body.put("department", profile.department());
        body.put("programs", profile.programs());
        body.put("axes", profile.axes());
        body.put("years", profile.years());
        body.put("unreached", profile.unreached());
        body.put("municipalities", profile.municipalities());
        body.put("sectors", profile.sectors());
        body.put("economy", profile.economy());
        body.put("links", Map.of("pdf", "/api/v1/profiles/" + profile.territory().code() + ".pdf"
                + (request.query().isEmpty() ? "" : "?" + request.query()),
                "portal", portal(profile, request)));
        return body;
    }

    @Operation(summary = "Printable territory profile (PDF)", description = "A4; Spanish by default, lang=en for English: "
            + "the territory's map, its figures beside Colombia's, the filters in force, source, date and the synthetic-data "
            + "notice where it applies. Example: /api/v1/profiles/52.pdf?year=2023&lang=en")
    @GetMapping(value = "/{code}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> pdf(@PathVariable String code, @ParameterObject @ModelAttribute ProfileRequest request,
                                      @RequestParam(defaultValue = "es") String lang) {
        Locale locale = switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "es" -> ProfileText.SPANISH;
            case "en" -> Locale.ENGLISH;
            default -> throw new InvalidParameterException("lang", "parameter.oneOf", "lang", lang, "es, en");
        };
        Profile profile = profiles.profile(code, select(request));
        String link = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + portal(profile, request);
        byte[] document = documents.run(() -> pdf.write(profile, new ProfileText(locale), link));
        String name = "perfil-" + profile.territory().code() + "-" + profile.headline().year() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(document);
    }

    private CoverageSelection select(ProfileRequest request) {
        return selections.select(request.parameters());
    }

    /** The portal's view of the profile: {@code /?dept=52} or {@code /?mun=52835}, with the selection. */
    private static String portal(Profile profile, ProfileRequest request) {
        String key = profile.territory().kind().equals("department") ? "dept" : "mun";
        String selection = request.query();
        return "/?" + key + "=" + profile.territory().code() + (selection.isEmpty() ? "" : "&" + selection);
    }
}
