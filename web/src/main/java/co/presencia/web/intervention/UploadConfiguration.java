package co.presencia.web.intervention;

import co.presencia.application.ImportJobs;
import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Uploads: files up to {@code presencia.import.max-upload-size} (default 512 MB: a 3,000,000-row CSV is about
 * 330 MB), written to disk above 1 MB so a large upload never sits in memory, into this process's folder under
 * {@code $PRESENCIA_HOME/uploads} (the system temp folder when {@code presencia.home} is not set)
 * ({@link ImportJobs#start}): that starts the import queue, which first ends the jobs and deletes the uploads that a
 * stopped process left behind.
 */
@Configuration(proxyBeanMethods = false)
public class UploadConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(ImportJobs jobs, @Value("${presencia.home:}") String home,
                                                  @Value("${presencia.import.max-upload-size:512MB}") DataSize maxUpload) {
        Path root = home.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "presencia-uploads")
                : Path.of(home, "uploads");
        Path folder = jobs.start(root);
        return new MultipartConfigElement(folder.resolve("parts").toString(), maxUpload.toBytes(),
                maxUpload.toBytes() + 1024 * 1024, 1024 * 1024);
    }
}
