-- Spring Modulith's event publication registry (issue 17): every event for a transactional listener is written here in
-- the publishing transaction and deleted when the listener completes (spring.modulith.events.completion-mode=delete);
-- rows left by a crash are republished on start. The columns are those of the registry's schema v2 (spring-modulith
-- 2.0, schema-postgresql.sql and schema-h2.sql); VARCHAR rather than TEXT so that one script serves both databases
-- and the listener/event index works on both (our events are a few dozen characters).
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL,
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    serialized_event       VARCHAR(4000)            NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    CONSTRAINT event_publication_pk PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_listener_and_event ON event_publication (listener_id, serialized_event);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);
