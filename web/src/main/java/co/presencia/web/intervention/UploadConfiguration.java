package co.presencia.web.intervention;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Uploads: files up to {@code presencia.import.max-upload-size} (default 1 GB), written to disk above 1 MB so a
 * large upload never sits in memory.
 */
@Configuration(proxyBeanMethods = false)
public class UploadConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${presencia.import.max-upload-size:1GB}") DataSize maxUpload) {
        return new MultipartConfigElement("", maxUpload.toBytes(), maxUpload.toBytes() + 1024 * 1024, 1024 * 1024);
    }
}
