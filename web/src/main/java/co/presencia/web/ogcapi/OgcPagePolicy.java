package co.presencia.web.ogcapi;

import co.presencia.web.system.ContentSecurityPolicy;
import co.presencia.web.system.PagePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Content-Security-Policy of the OGC API's HTML pages ({@code f=html}): they run no script and load nothing,
 * their one inline {@code <style>} ({@link OgcHtml#STYLE}) is allowed by its hash, links and forms stay on this
 * origin, and no other site may frame them (as the {@code X-Frame-Options: DENY} they also carry says).
 */
@Configuration(proxyBeanMethods = false)
class OgcPagePolicy {

    @Bean
    PagePolicy ogcPages() {
        return new PagePolicy("/ogc", ContentSecurityPolicy.none()
                .with("style-src", ContentSecurityPolicy.hash(OgcHtml.STYLE))
                .with("img-src", "'self'")
                .with("frame-ancestors", "'none'"));
    }
}
