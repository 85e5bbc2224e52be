package io.industrypulse.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store the request filter uses: Spring Session JDBC, with the last access stored to the minute.
 *
 * <p>Spring Session writes every session back after every request, because each request moves its last access time;
 * that write is a transaction, an UPDATE and the deserialisation of the security context (for the principal-name
 * index), and it was a quarter of the cost of a small request. Here a session whose attributes did not change is
 * written back only when its stored last access is a minute old or more (the approach of spring-session#3329). A
 * session therefore expires between 29 and 30 minutes after its last request instead of exactly 30
 * ({@code server.servlet.session.timeout}); every instance still reads the same row, so signing out on one instance
 * signs out on all.
 */
final class MinuteSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<MinuteSessionRepository.MinuteSession<S>> {

    /** How stale the stored last access may get before a read-only request writes it back. */
    static final Duration GRANULARITY = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> store;

    private MinuteSessionRepository(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    /** Over Spring Session JDBC's repository, whose session class is not public. */
    static MinuteSessionRepository<?> over(FindByIndexNameSessionRepository<?> store) {
        return new MinuteSessionRepository<>(store);
    }

    @Override
    public MinuteSession<S> createSession() {
        MinuteSession<S> session = new MinuteSession<>(store.createSession());
        session.changed = true;
        return session;
    }

    @Override
    public void save(MinuteSession<S> session) {
        if (session.changed) {
            store.save(session.stored);
            session.changed = false;
        }
    }

    @Override
    public @Nullable MinuteSession<S> findById(String id) {
        S found = store.findById(id);
        return found == null ? null : new MinuteSession<>(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, MinuteSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, MinuteSession<S>> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new MinuteSession<>(session)));
        return found;
    }

    /** A stored session that remembers whether this request changed anything worth writing back. */
    static final class MinuteSession<S extends Session> implements Session {

        private final S stored;
        private boolean changed;

        private MinuteSession(S stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(GRANULARITY))) {
                stored.setLastAccessedTime(lastAccessedTime);
                changed = true;
            }
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
            changed = true;
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
            changed = true;
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
            changed = true;
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public <T> @Nullable T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
