package io.industrypulse.dispatch;

import io.industrypulse.account.AccountService;
import io.industrypulse.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mail of the inbox's messages, on when {@code spring.mail.host} is set (Spring Boot then provides the {@link
 * JavaMailSender}). The notification rows are the outbox: {@link Inbox} marks each new one {@code PENDING}, and this
 * job mails them after their transaction committed, so a ticket's step never waits for, or fails with, the mail
 * server. A row is claimed ({@code SENDING}) before it is sent, so two runs never send it twice; a failed send is
 * retried on the next run up to {@link #MAX_ATTEMPTS} times and then marked {@code FAILED} and logged, never dropped
 * silently; a claim older than {@link #STALE} (the process died mid-send) is taken up again.
 */
@Component
class TicketMail {

    static final int MAX_ATTEMPTS = 5;
    static final Duration STALE = Duration.ofMinutes(10);
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(TicketMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    TicketMail(
            ObjectProvider<JavaMailSender> senders,
            JdbcClient jdbc,
            AccountService accounts,
            Clock clock,
            @Value("${industrypulse.mail.from:industrypulse@localhost}") String from,
            @Value("${industrypulse.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.senders = senders;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether mail is on: the status a new notification starts with, {@code PENDING} or none. */
    @Nullable
    String initialStatus() {
        return senders.getIfAvailable() == null ? null : "PENDING";
    }

    @Scheduled(
            fixedDelayString = "${industrypulse.mail.every:PT1M}",
            initialDelayString = "${industrypulse.mail.every:PT1M}")
    @SchedulerLock(name = "ticket-mail", lockAtMostFor = "PT10M")
    void everyMinute() {
        sendPending();
    }

    /** Mails what waits; how many messages went out. */
    int sendPending() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        OffsetDateTime stale = now.minus(STALE);
        int sent = 0;
        long after = 0;
        while (true) {
            List<Waiting> waiting = waiting(after, stale);
            for (Waiting w : waiting) {
                after = w.id();
            }
            sent += send(sender, waiting, now, stale);
            if (waiting.size() < BATCH) {
                return sent;
            }
        }
    }

    /** The next batch of what waits, after a row id: each row is tried once per run. */
    private List<Waiting> waiting(long after, OffsetDateTime stale) {
        return jdbc.sql("""
                        SELECT id, username, kind, ticket_id, message, mail_attempts FROM notification
                        WHERE id > :after
                          AND (mail_status = 'PENDING' OR (mail_status = 'SENDING' AND mailed_at < :stale))
                        ORDER BY id FETCH FIRST %d ROWS ONLY""".formatted(BATCH))
                .param("after", after)
                .param("stale", stale)
                .query((rs, n) -> new Waiting(
                        rs.getLong(1),
                        rs.getString(2),
                        Notification.Kind.valueOf(rs.getString(3)),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .list();
    }

    private int send(JavaMailSender sender, List<Waiting> waiting, OffsetDateTime now, OffsetDateTime stale) {
        if (waiting.isEmpty()) {
            return 0;
        }
        Map<String, String> addresses =
                accounts.emails(waiting.stream().map(Waiting::username).collect(Collectors.toSet()));
        int sent = 0;
        for (Waiting w : waiting) {
            String to = addresses.get(w.username());
            if (to == null) {
                status(w.id(), "NO_ADDRESS", w.attempts(), null);
                continue;
            }
            if (!claim(w.id(), now, stale)) {
                continue;
            }
            try {
                sender.send(message(to, w));
                status(w.id(), "SENT", w.attempts() + 1, now);
                sent++;
            } catch (MailException e) {
                boolean last = w.attempts() + 1 >= MAX_ATTEMPTS;
                status(w.id(), last ? "FAILED" : "PENDING", w.attempts() + 1, now);
                log.warn(Messages.get("dispatch.mail.failed", w.id(), to, w.attempts() + 1, e.getMessage()));
            }
        }
        return sent;
    }

    private SimpleMailMessage message(String to, Waiting w) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(Messages.get(
                "dispatch.mail.subject",
                Messages.get("dispatch.inbox.kind." + w.kind().name()),
                "#" + w.ticketId()));
        mail.setText(Messages.get("dispatch.mail.body", w.message(), baseUrl + "/dispatch/tickets/" + w.ticketId()));
        return mail;
    }

    private boolean claim(long id, OffsetDateTime now, OffsetDateTime stale) {
        return jdbc.sql("""
                                UPDATE notification SET mail_status = 'SENDING', mailed_at = :now
                                WHERE id = :id
                                  AND (mail_status = 'PENDING' OR (mail_status = 'SENDING' AND mailed_at < :stale))""")
                        .param("now", now)
                        .param("id", id)
                        .param("stale", stale)
                        .update()
                == 1;
    }

    private void status(long id, String status, int attempts, @Nullable OffsetDateTime at) {
        jdbc.sql("UPDATE notification SET mail_status = :s, mail_attempts = :a, mailed_at = :at WHERE id = :id")
                .param("s", status)
                .param("a", attempts)
                .param("at", at)
                .param("id", id)
                .update();
    }

    private record Waiting(
            long id, String username, Notification.Kind kind, long ticketId, String message, int attempts) {}
}
