package io.industrypulse.ingest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestSettings.class, ReviewSettings.class})
class IngestConfiguration {}
