package io.industrypulse.environment;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code industrypulse.environment.*}.
 *
 * @param windFactor how much more an upwind enterprise's emissions weigh on a day its sector's wind is forecast (our
 *     own rule, advice)
 * @param largeOutput last year's output value (万元) from which an enterprise is 产值5亿元以上
 * @param solverTime the most the optimiser may take for one episode
 */
@ConfigurationProperties("industrypulse.environment")
record EnvironmentSettings(
        @DefaultValue("1.5") double windFactor,
        @DefaultValue("50000") BigDecimal largeOutput,
        @DefaultValue("20s") Duration solverTime) {}
