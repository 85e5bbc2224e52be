package io.industrypulse.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the imports ({@code industrypulse.ingest.*}).
 *
 * @param maxFileSize the largest file accepted (default 50 MB)
 * @param maxRows the most data rows one file may hold (default 500,000)
 */
@ConfigurationProperties("industrypulse.ingest")
record IngestSettings(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("500000") int maxRows) {}
