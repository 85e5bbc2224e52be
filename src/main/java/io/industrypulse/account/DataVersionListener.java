package io.industrypulse.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, another instance's change is heard at once: every writing transaction sends {@code NOTIFY
 * data_version} as it commits ({@link DataVersion}), and this instance keeps one connection that LISTENs and reads the
 * shared version as soon as a notification arrives, instead of waiting for the next poll. The poll stays as the
 * fallback (a notification is lost while this connection is down); on H2 it is the only way.
 */
@Component
class DataVersionListener implements DisposableBean {

    static final String CHANNEL = "data_version";

    private static final Logger log = LoggerFactory.getLogger(DataVersionListener.class);

    private final DataSource dataSource;
    private final DataVersion version;
    private volatile boolean running = true;
    private volatile Thread thread;

    DataVersionListener(DataSource dataSource, DataVersion version) {
        this.dataSource = dataSource;
        this.version = version;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!version.postgres()) {
            return;
        }
        thread = new Thread(this::listen, "data-version-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                // a change made while the connection was down is picked up here, not lost
                version.poll();
                while (running) {
                    PGNotification[] heard = pg.getNotifications(1_000);
                    if (heard != null && heard.length > 0) {
                        version.poll();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.debug("Listening for data changes failed, retrying in a second (the poll goes on)", e);
                    sleep();
                }
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void destroy() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
    }
}
