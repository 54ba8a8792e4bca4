package co.presencia.web.system;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the administrator's name and password must be for the service to start: a password of at least
 * {@value #MIN_LENGTH} characters, not blank, without surrounding spaces (a copy-paste slip), not one character
 * repeated, not the user name, not a well-known default with digits or signs around it ({@code Presencia2024!},
 * {@code changeme-123}); a user name without {@code :} (HTTP Basic's separator) or control characters.
 * Only the reasons are ever shown or logged, never the password.
 */
final class AdministratorPassword {

    static final int MIN_LENGTH = 12;
    private static final Set<String> KNOWN_DEFAULTS = Set.of("password", "contrasena", "clave", "presencia", "changeme",
            "admin", "administrador", "administrator", "qwerty", "qwertyuiop", "letmein", "secret", "secreto", "test",
            "welcome", "bienvenido", "colombia", "default");

    private AdministratorPassword() {
    }

    /** Why {@code user} / {@code password} cannot be the administrator; empty when they can. */
    static List<String> weaknesses(String user, String password) {
        List<String> reasons = new ArrayList<>();
        if (user.indexOf(':') >= 0 || user.chars().anyMatch(Character::isISOControl)) {
            reasons.add("PRESENCIA_ADMIN_USER holds ':' or a control character, which HTTP Basic cannot carry");
        }
        if (password.isEmpty()) {
            reasons.add("PRESENCIA_ADMIN_PASSWORD is set but empty");
            return reasons;
        }
        if (password.isBlank()) {
            reasons.add("PRESENCIA_ADMIN_PASSWORD is only whitespace");
            return reasons;
        }
        if (!password.strip().equals(password)) {
            reasons.add("PRESENCIA_ADMIN_PASSWORD starts or ends with whitespace (a copy-paste slip?)");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            reasons.add("PRESENCIA_ADMIN_PASSWORD has " + length + " characters; at least " + MIN_LENGTH + " are needed");
        }
        if (password.codePoints().distinct().count() == 1) {
            reasons.add("PRESENCIA_ADMIN_PASSWORD repeats a single character");
        }
        String letters = lettersOf(password);
        boolean containsUser = user.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(user.toLowerCase(Locale.ROOT))
                || !letters.isEmpty() && letters.equals(lettersOf(user));
        if (containsUser) {
            reasons.add("PRESENCIA_ADMIN_PASSWORD contains the user name");
        } else if (KNOWN_DEFAULTS.contains(letters) || letters.isEmpty() && isSequence(password)) {
            reasons.add("PRESENCIA_ADMIN_PASSWORD is a well-known default or sequence");
        }
        return reasons;
    }

    /** The letters of {@code text}, lower case and without accents: {@code Contraseña-2024!} → {@code contrasena}. */
    private static String lettersOf(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().toLowerCase(Locale.ROOT);
    }

    /** Digits and signs that only count up or down by one ({@code 123456789012}, {@code 987654321098}). */
    private static boolean isSequence(String text) {
        int[] c = text.codePoints().toArray();
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < c.length; i++) {
            up &= c[i] - c[i - 1] == 1 || c[i - 1] == '9' && c[i] == '0';
            down &= c[i - 1] - c[i] == 1 || c[i - 1] == '0' && c[i] == '9';
        }
        return up || down;
    }

    /** The administrator settings cannot be used: the service does not start. */
    static final class Refused extends IllegalStateException {
        private final transient List<String> reasons;

        Refused(List<String> reasons) {
            super("The administrator settings are refused: " + String.join("; ", reasons));
            this.reasons = List.copyOf(reasons);
        }

        List<String> reasons() {
            return reasons;
        }
    }
}
