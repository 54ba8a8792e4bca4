package co.presencia.web.ogcapi;

import co.presencia.web.system.ContentSecurityPolicy;
import co.presencia.web.system.PagePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Content-Security-Policy of the OGC API's HTML pages ({@code f=html}): styles, scripts and requests from this
 * origin only (the style sheet {@code /ogc/ogc.css}; on a feature's page the module {@code /ogc/item-map.js}, which
 * draws the geometry with Leaflet from the WebJar and fetches the feature's GeoJSON), nothing inline, links and forms
 * stay on this origin, and no other site may frame them (as the {@code X-Frame-Options: DENY} they also carry says).
 */
@Configuration(proxyBeanMethods = false)
class OgcPagePolicy {

    @Bean
    PagePolicy ogcPages() {
        return new PagePolicy("/ogc", ContentSecurityPolicy.none()
                .with("style-src", "'self'")
                .with("script-src", "'self'")
                .with("connect-src", "'self'")
                .with("img-src", "'self'")
                .with("frame-ancestors", "'none'"));
    }
}
