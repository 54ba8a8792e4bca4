package co.presencia.web.system;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes Tomcat's own error answers problem documents: installs {@link ProblemReportValve} on the host, in place of
 * Tomcat's {@code ErrorReportValve}. The host adds its error report valve at start unless one of the class it names
 * ({@code errorReportValveClass}) is already in its pipeline, so the valve is added first and the host told its class.
 * The context customizer runs after the context joined the host and before the host starts.
 */
@Configuration(proxyBeanMethods = false)
public class ContainerErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(ObjectProvider<Problems> problems) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.getPipeline().addValve(new ProblemReportValve(problems));
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
