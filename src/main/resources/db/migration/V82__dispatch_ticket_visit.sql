-- The visit (走访) a ticket was opened on, when it was (issue 12): a visit lists the tickets it opened.
ALTER TABLE ticket ADD COLUMN visit_id BIGINT REFERENCES visit (id);
CREATE INDEX ticket_visit ON ticket (visit_id);
