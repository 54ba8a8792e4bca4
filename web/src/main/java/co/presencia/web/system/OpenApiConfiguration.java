package co.presencia.web.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the JSON API at /v3/api-docs (browsable at /api/docs). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI presenciaOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Presencia API")
                .version("v1")
                .description("Cobertura territorial de programas públicos en Colombia: territorio (DIVIPOLA, MGN, grupos), "
                        + "conjuntos de intervenciones, cifras de cobertura, metas y resumen. Territorial coverage of public "
                        + "programs in Colombia. Writes need the administrator (HTTP Basic).")
                .license(new License().name("Datos de referencia: DANE, ART, DNP, MinCIT")));
    }
}
