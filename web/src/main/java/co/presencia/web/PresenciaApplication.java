package co.presencia.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Presencia: territorial coverage of public programs in Colombia. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PresenciaApplication {

    public static void main(String[] args) {
        SpringApplication.run(PresenciaApplication.class, args);
    }
}
