package io.industrypulse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Uploads waiting for their user's confirmation (a package that would remove rows when replacing its months): kept
 * in a temporary file for {@value #KEEP_MINUTES} minutes, for the user who uploaded it only, at most {@value #KEPT}
 * at a time (the oldest goes first). A restart forgets them; the page then asks to upload again.
 */
@Component
class PendingUploads {

    static final int KEPT = 20;
    static final long KEEP_MINUTES = 30;

    private record Pending(String owner, Path file, String source, Instant until) {}

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Clock clock;

    PendingUploads(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a copy of the upload; returns the id that confirms it. */
    synchronized String put(String owner, InputStream content, String source) {
        dropExpired();
        while (pending.size() >= KEPT) {
            remove(pending.keySet().iterator().next());
        }
        try {
            Path file = Files.createTempFile("industrypulse-pending", ".upload");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            String id = UUID.randomUUID().toString();
            pending.put(id, new Pending(owner, file, source, clock.instant().plus(Duration.ofMinutes(KEEP_MINUTES))));
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload's file, left in the store; empty for another user or when expired. */
    synchronized Optional<Path> peek(String id, String owner) {
        dropExpired();
        Pending found = pending.get(id);
        return found == null || !found.owner().equals(owner) ? Optional.empty() : Optional.of(found.file());
    }

    /** The upload's file and name, taken out of the store (the caller deletes the file); empty for another user. */
    synchronized Optional<Map.Entry<Path, String>> take(String id, String owner) {
        dropExpired();
        Pending found = pending.get(id);
        if (found == null || !found.owner().equals(owner)) {
            return Optional.empty();
        }
        pending.remove(id);
        return Optional.of(Map.entry(found.file(), found.source()));
    }

    private void dropExpired() {
        Instant now = clock.instant();
        for (Iterator<Map.Entry<String, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Pending> entry = it.next();
            if (entry.getValue().until().isBefore(now)) {
                delete(entry.getValue().file());
                it.remove();
            }
        }
    }

    private void remove(String id) {
        Pending gone = pending.remove(id);
        if (gone != null) {
            delete(gone.file());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file the system cleans up anyway
        }
    }
}
