package co.presencia.web.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Web-tier settings that are not a resource's own: the language of responses. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    /** Named {@code localeResolver}, so Spring MVC uses it for every request. */
    @Bean
    LocaleResolver localeResolver() {
        return new Language();
    }
}
