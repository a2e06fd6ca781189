// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Time, language and other plumbing that every module uses. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguratie implements WebMvcConfigurer {

    /** Dutch rules count days in Dutch time. */
    public static final ZoneId TIJDZONE = Weergave.TIJDZONE;

    @Bean
    Clock clock() {
        return Clock.system(TIJDZONE);
    }

    /**
     * Dutch first; {@code ?lang=en} switches to English and a cookie remembers the choice. An API client
     * without the cookie chooses with Accept-Language ({@link Invoerbewaking#gevraagdeTaal}).
     */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("onderdak-taal");
        resolver.setDefaultLocale(Locale.forLanguageTag("nl"));
        resolver.setDefaultLocaleFunction(verzoek -> verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/api/")
                ? Invoerbewaking.gevraagdeTaal(verzoek) : Locale.forLanguageTag("nl"));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var taal = new LocaleChangeInterceptor();
        taal.setParamName("lang");
        taal.setIgnoreInvalidLocale(true);
        registry.addInterceptor(taal).excludePathPatterns("/api/**");
    }
}
