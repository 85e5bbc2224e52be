package io.industrypulse.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The error workbooks of recent rejected imports, kept in memory for download by the user who imported (the last
 * {@value #KEPT}; a restart forgets them, the page then asks to import again).
 */
@Component
class ErrorReports {

    static final int KEPT = 20;

    private record Report(String owner, byte[] content) {}

    private final Map<String, Report> reports = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Report> eldest) {
            return size() > KEPT;
        }
    };

    synchronized String put(String owner, byte[] content) {
        String id = UUID.randomUUID().toString();
        reports.put(id, new Report(owner, content));
        return id;
    }

    synchronized Optional<byte[]> get(String id, String owner) {
        Report report = reports.get(id);
        return report == null || !report.owner().equals(owner) ? Optional.empty() : Optional.of(report.content());
    }
}
