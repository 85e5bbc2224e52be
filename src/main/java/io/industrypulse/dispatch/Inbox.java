package io.industrypulse.dispatch;

import io.industrypulse.account.AccountService;
import io.industrypulse.account.Department;
import io.industrypulse.account.Role;
import io.industrypulse.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox: who hears of a ticket's step (the users of the level it now stands at, the submitter of a returned
 * ticket, the enterprise of a solved one, the handler of a rated one), the morning 催办, and each user's messages.
 * Each message is also mailed by {@link TicketMail} when mail is on.
 */
@Service
public class Inbox {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;
    private final TicketMail mail;

    Inbox(JdbcClient jdbc, AccountService accounts, Clock clock, TicketMail mail) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.mail = mail;
    }

    /** The user's messages, newest first. */
    public List<Notification> messages(String username) {
        return jdbc.sql("""
                        SELECT id, kind, ticket_id, message, created_at, read_at FROM notification
                        WHERE username = :u ORDER BY id DESC""")
                .param("u", username)
                .query((rs, n) -> new Notification(
                        rs.getLong(1),
                        Notification.Kind.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    public int unread(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE username = :u AND read_at IS NULL")
                .param("u", username)
                .query(Integer.class)
                .single();
    }

    /** Marks the user's messages read: all of them, or those about one ticket. */
    @Transactional
    public void markRead(String username, @Nullable Long ticketId) {
        jdbc.sql("UPDATE notification SET read_at = :at WHERE username = :u AND read_at IS NULL"
                        + (ticketId == null ? "" : " AND ticket_id = :t"))
                .param("at", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .param("u", username)
                .params(ticketId == null ? java.util.Map.of() : java.util.Map.of("t", ticketId))
                .update();
    }

    /** Tells whom a step concerns; the acting user is left out. */
    void stepTaken(Ticket after, TicketAction action, String actor) {
        Set<String> to = new LinkedHashSet<>();
        Notification.Kind kind = Notification.Kind.ASSIGNED;
        switch (action) {
            case RETURN -> {
                if (after.state() == TicketState.RETURNED) {
                    kind = Notification.Kind.RETURNED;
                    to.add(after.submittedBy());
                } else {
                    to.addAll(handlersOf(after));
                }
            }
            case SOLVE -> {
                kind = Notification.Kind.SOLVED;
                to.addAll(accounts.usernames(Role.ENTERPRISE_USER, null, after.creditCode(), null));
            }
            case RATE -> {
                kind = after.state() == TicketState.IN_PROGRESS ? Notification.Kind.ASSIGNED : Notification.Kind.RATED;
                if (after.handler() != null) {
                    to.add(after.handler());
                } else {
                    to.addAll(handlersOf(after));
                }
            }
            case OPEN, RESUBMIT, ESCALATE, ASSIGN, REASSIGN -> to.addAll(handlersOf(after));
            default -> {}
        }
        to.remove(actor);
        String message = Messages.get(
                "dispatch.inbox.message." + kind.name(),
                "#" + after.id(),
                after.enterpriseName(),
                Messages.get("dispatch.ticket.action." + action.name()));
        for (String user : to) {
            insert(user, kind, after.id(), message, null);
        }
    }

    /**
     * 催办 of one overdue ticket, to its handler (or, before anyone accepted it, the users of its level) and to the
     * level above (the city's analysts for county and department tickets, the administrators for the city's). Once per
     * user, ticket and day: a second run on the same day, on this instance or another, sends nothing.
     *
     * @return how many messages were sent
     */
    @Transactional
    public int chase(Ticket ticket, LocalDate day) {
        Set<String> to = new LinkedHashSet<>();
        if (ticket.handler() != null) {
            to.add(ticket.handler());
        } else {
            to.addAll(handlersOf(ticket));
        }
        to.addAll(
                ticket.level() == TicketLevel.CITY
                        ? accounts.usernames(Role.CITY_ADMIN, null, null, null)
                        : accounts.usernames(Role.CITY_ANALYST, null, null, null));
        String message = Messages.get(
                "dispatch.inbox.message.OVERDUE",
                "#" + ticket.id(),
                ticket.enterpriseName(),
                "" + ticket.overdueDays());
        int sent = 0;
        for (String user : to) {
            int exists = jdbc.sql("""
                            SELECT COUNT(*) FROM notification
                            WHERE username = :u AND ticket_id = :t AND kind = 'OVERDUE' AND chase_day = :d""")
                    .param("u", user)
                    .param("t", ticket.id())
                    .param("d", day)
                    .query(Integer.class)
                    .single();
            if (exists == 0) {
                insert(user, Notification.Kind.OVERDUE, ticket.id(), message, day);
                sent++;
            }
        }
        return sent;
    }

    /** The users who handle the ticket where it now stands. */
    private List<String> handlersOf(Ticket t) {
        return switch (t.level()) {
            case COUNTY -> accounts.usernames(Role.COUNTY_USER, t.countyCode(), null, null);
            case CITY -> accounts.usernames(Role.CITY_ANALYST, null, null, null);
            case DEPARTMENT -> {
                List<String> users = new ArrayList<>();
                for (Department d : t.departments()) {
                    users.addAll(accounts.usernames(Role.DEPARTMENT_USER, null, null, d));
                }
                yield users;
            }
        };
    }

    private void insert(String user, Notification.Kind kind, long ticket, String message, @Nullable LocalDate day) {
        jdbc.sql("""
                        INSERT INTO notification (username, kind, ticket_id, message, chase_day, created_at,
                                                  mail_status)
                        VALUES (:u, :k, :t, :m, :d, :at, :mail)""")
                .param("u", user)
                .param("k", kind.name())
                .param("t", ticket)
                .param("m", message)
                .param("d", day)
                .param("at", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .param("mail", mail.initialStatus())
                .update();
    }
}
