package co.presencia.web.system;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Installs {@link ClientConnectionValve}: expensive work stops when its HTTP client has gone. */
@Configuration(proxyBeanMethods = false)
public class ClientConnections {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientConnectionValve() {
        return factory -> factory.addContextValves(new ClientConnectionValve());
    }
}
