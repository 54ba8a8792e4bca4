package co.presencia.web.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused administrator setting into Spring Boot's short "APPLICATION FAILED TO START" report (what is
 * wrong, what to do) instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class AdministratorRefusedAnalyzer extends AbstractFailureAnalyzer<AdministratorPassword.Refused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdministratorPassword.Refused cause) {
        return new FailureAnalysis("The administrator settings are refused:\n  - " + String.join("\n  - ", cause.reasons()),
                "Set PRESENCIA_ADMIN_PASSWORD to at least " + AdministratorPassword.MIN_LENGTH + " characters that are not "
                        + "a known default (scripts/run generates 24 random ones when it is unset), or unset it to run "
                        + "read-only (no writes).", cause);
    }
}
