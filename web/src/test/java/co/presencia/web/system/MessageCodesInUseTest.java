package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message code a domain error is raised with, in the main sources of both modules, has a text in the domain's
 * bundle (Spanish and English agree on their codes, {@code MessagesTest}): an error never reaches a user as its bare
 * code. Reads the sources, so a new {@code throw} with a misspelt code fails here rather than in front of a user.
 */
class MessageCodesInUseTest {

    /** {@code new XException("code"} or {@code new XException(parameter, "code"}: the code is the first literal with a dot. */
    private static final Pattern RAISED = Pattern.compile(
            "new (?:InvalidParameter|InvalidFeatureQuery|NotFound|Conflict|InvalidInput|Unavailable)Exception\\("
                    + "(?:[^\"();]+,\\s*)?\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");

    @Test
    void everyCodeRaisedHasAText() throws IOException {
        Properties spanish = bundle("/co/presencia/error/messages.properties");
        TreeSet<String> raised = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/java"), Path.of("../geo-core/src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> collect(f, raised));
            }
        }
        assertThat(raised).as("codes found in the sources (the pattern still matches the code)").hasSizeGreaterThan(30)
                .contains("query.bbox.count", "feature.unknown", "parameter.unknown");
        assertThat(raised).allSatisfy(code -> assertThat(spanish).as("text of %s", code).containsKey(code));
    }

    private static void collect(Path file, TreeSet<String> into) {
        try {
            Matcher m = RAISED.matcher(Files.readString(file));
            while (m.find()) {
                into.add(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageCodesInUseTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource.toLowerCase(Locale.ROOT)).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
