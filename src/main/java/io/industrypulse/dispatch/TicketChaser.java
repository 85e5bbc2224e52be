package io.industrypulse.dispatch;

import io.industrypulse.account.ShownTime;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * 督办: every working morning at 8:00 Beijing time every overdue open ticket gets a 催办 to its handler and the level
 * above. ShedLock's lock (table {@code shedlock}, the database's clock) lets one instance run it; the inbox's
 * once-per-day rule makes a second run harmless anyway.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class TicketChaser {

    private static final Logger log = LoggerFactory.getLogger(TicketChaser.class);

    private final TicketService tickets;
    private final Inbox inbox;
    private final TicketRepository repository;
    private final Clock clock;

    TicketChaser(TicketService tickets, Inbox inbox, TicketRepository repository, Clock clock) {
        this.tickets = tickets;
        this.inbox = inbox;
        this.repository = repository;
        this.clock = clock;
    }

    @Bean
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "ticket-chase", lockAtLeastFor = "PT1M")
    void everyMorning() {
        LocalDate today = ShownTime.today(clock);
        if (!repository.workingDays().isWorkingDay(today)) {
            return;
        }
        int sent = chase(today);
        log.info(io.industrypulse.i18n.Messages.get("dispatch.chase.log", sent));
    }

    /** Sends the day's 催办 for every overdue open ticket; how many messages went out. */
    int chase(LocalDate day) {
        int sent = 0;
        for (Ticket t : tickets.overdueOn(day)) {
            sent += inbox.chase(t, day);
        }
        return sent;
    }
}
