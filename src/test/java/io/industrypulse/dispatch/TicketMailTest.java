package io.industrypulse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.industrypulse.support.WebSession;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail of the inbox against an embedded SMTP server (GreenMail): the administrator gives a user an address (a wrong
 * one is refused and nothing changes); a step of a ticket reaches that address once, with a link to the ticket; a
 * user without an address gets nothing mailed; a mail server that is down makes the message wait and be tried again,
 * and after the attempts allowed it is marked failed, never silently dropped.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "industrypulse.test.context=mail",
            "spring.mail.host=localhost",
            "spring.mail.properties.mail.smtp.connectiontimeout=2000",
            "spring.mail.properties.mail.smtp.timeout=2000",
            "industrypulse.mail.from=pulse@example.gov.cn",
            "industrypulse.mail.base-url=https://pulse.example.gov.cn/",
            // the job's own runs would race the test's calls: here it waits an hour
            "industrypulse.mail.every=PT1H"
        })
abstract class TicketMailTest {

    private static final String PASSWORD = "Demo-City-2026";
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TicketMail mail;

    private WebSession admin;
    private String enterprise;
    private String countyUser;

    @BeforeEach
    void setUp() {
        admin = new WebSession(port);
        admin.login("admin", "Pulse-Admin-2026");
        enterprise = jdbc.sql("SELECT enterprise_code FROM app_user WHERE username = 'enterprise'")
                .query(String.class)
                .single();
        countyUser = "county"
                + jdbc.sql("SELECT county_code FROM enterprise WHERE credit_code = :c")
                        .param("c", enterprise)
                        .query(String.class)
                        .single();
        // what waits from earlier tests and the demo data is dealt with first
        mail.sendPending();
    }

    @Test
    void aStepIsMailedOnceToTheUsersWithAnAddressWithALinkToTheTicket() throws Exception {
        setEmail(countyUser, "qiye.fuwu@example.gov.cn");
        assertThat(email(countyUser)).isEqualTo("qiye.fuwu@example.gov.cn");
        int before = smtp.getReceivedMessages().length;

        long id = open();
        mail.sendPending();

        List<MimeMessage> mine = to("qiye.fuwu@example.gov.cn", before);
        assertThat(mine).hasSize(1);
        MimeMessage message = mine.get(0);
        assertThat(message.getSubject()).contains("待我办理").contains("#" + id);
        assertThat(message.getFrom()[0].toString()).isEqualTo("pulse@example.gov.cn");
        assertThat(decoded(message)).contains("待您办理").contains("https://pulse.example.gov.cn/dispatch/tickets/" + id);
        assertThat(status(countyUser, id)).isEqualTo("SENT");

        // a second run sends nothing again
        mail.sendPending();
        assertThat(to("qiye.fuwu@example.gov.cn", before)).hasSize(1);
    }

    @Test
    void aUserWithoutAnAddressGetsNoMailAndAWrongAddressIsRefused() {
        setEmail(countyUser, "");
        HttpResponse<String> wrong = setEmail(countyUser, "not an address");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("电子邮箱：not an address 不是有效的邮箱地址");
        assertThat(email(countyUser)).isNull();
        int before = smtp.getReceivedMessages().length;

        long id = open();
        mail.sendPending();

        assertThat(smtp.getReceivedMessages()).hasSize(before);
        assertThat(status(countyUser, id)).isEqualTo("NO_ADDRESS");
    }

    @Test
    void aMessageWaitsWhileTheMailServerIsDownAndIsMarkedFailedAfterTheLastAttempt() {
        setEmail(countyUser, "xianqu@example.gov.cn");
        smtp.stop();
        long id;
        try {
            id = open();
            mail.sendPending();
            assertThat(status(countyUser, id)).isEqualTo("PENDING");
            assertThat(attempts(countyUser, id)).isEqualTo(1);
            for (int i = 2; i <= TicketMail.MAX_ATTEMPTS; i++) {
                mail.sendPending();
            }
            assertThat(status(countyUser, id)).isEqualTo("FAILED");
            assertThat(attempts(countyUser, id)).isEqualTo(TicketMail.MAX_ATTEMPTS);
        } finally {
            smtp.start();
        }
        int before = smtp.getReceivedMessages().length;
        mail.sendPending();
        assertThat(to("xianqu@example.gov.cn", before)).isEmpty();
        // the message itself is still in the inbox
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE username = :u AND ticket_id = :t")
                        .param("u", countyUser)
                        .param("t", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long open() {
        String body = "{\"credit_code\":\"" + enterprise + "\",\"category\":\"LABOUR\","
                + "\"description\":\"春节后一线工人返岗不足，缺工约 40 人\",\"help_asked\":\"协调人社部门组织专场招聘\"}";
        HttpResponse<String> response =
                new WebSession(port).postJsonBasic("/api/v1/tickets", body, "enterprise", PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Long.parseLong(response.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    private HttpResponse<String> setEmail(String user, String address) {
        return admin.postForm(
                "/admin/users/" + user + "/email", Map.of("_csrf", admin.csrfToken("/admin/users"), "email", address));
    }

    private String email(String user) {
        return jdbc.sql("SELECT email FROM app_user WHERE username = :u")
                .param("u", user)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String status(String user, long ticket) {
        return jdbc.sql("SELECT mail_status FROM notification WHERE username = :u AND ticket_id = :t")
                .param("u", user)
                .param("t", ticket)
                .query(String.class)
                .single();
    }

    private int attempts(String user, long ticket) {
        return jdbc.sql("SELECT mail_attempts FROM notification WHERE username = :u AND ticket_id = :t")
                .param("u", user)
                .param("t", ticket)
                .query(Integer.class)
                .single();
    }

    private List<MimeMessage> to(String address, int after) {
        MimeMessage[] all = smtp.getReceivedMessages();
        return Arrays.stream(all, after, all.length)
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String decoded(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(message);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
