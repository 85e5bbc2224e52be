package io.industrypulse.cultivation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code industrypulse.cultivation.*}: thresholds that differ by locality (METHODOLOGY.md 14.2), in 万元.
 *
 * @param threshold annual main-business revenue of the above-size scope
 * @param nearEntry revenue of the last twelve months from which a pool enterprise is 临规
 * @param exitRisk projected annual revenue under which an above-size enterprise is 临退
 * @param backTestMonth the latest month the back-test projects last year from
 */
@ConfigurationProperties("industrypulse.cultivation")
public record CultivationSettings(
        @DefaultValue("2000") double threshold,
        @DefaultValue("1500") double nearEntry,
        @DefaultValue("2500") double exitRisk,
        @DefaultValue("9") int backTestMonth) {}
