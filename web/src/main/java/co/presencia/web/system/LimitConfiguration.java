package co.presencia.web.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The turns of expensive work ({@link LimitProperties}): the lanes as a bean, and the filter of large OGC pages. */
@Configuration(proxyBeanMethods = false)
public class LimitConfiguration {

    @Bean
    ExpensiveWork expensiveWork(LimitProperties limits) {
        return ExpensiveWork.of(limits);
    }

    /** After the query-string check (which refuses what cannot be read) and before security and the controllers. */
    @Bean
    FilterRegistrationBean<LargePageLimit> largePageLimit(ExpensiveWork work, Problems problems) {
        FilterRegistrationBean<LargePageLimit> registration = new FilterRegistrationBean<>(new LargePageLimit(work, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
