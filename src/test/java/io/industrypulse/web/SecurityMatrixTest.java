package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The role x scope matrix over real HTTP on the demo city: each role asks for an enterprise of its own county
 * (长安区 130102) and of another county (桥西区 130103), through the JSON API (HTTP Basic) and the page (form login).
 * A county user gets 404 for the other county, never the data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SecurityMatrixTest {

    static final String OWN_COUNTY = "130102";
    static final String OTHER_COUNTY = "130103";
    private static final Pattern FIRST_CODE = Pattern.compile("\"creditCode\":\"([0-9A-Z]{18})\"");

    @LocalServerPort
    int port;

    String ownEnterprise;
    String otherEnterprise;

    @BeforeEach
    void findOneEnterprisePerCounty() {
        WebSession admin = new WebSession(port);
        ownEnterprise = firstCode(admin.getBasic("/api/v1/enterprises?county=" + OWN_COUNTY, "admin", "Admin@2026")
                .body());
        otherEnterprise = firstCode(admin.getBasic("/api/v1/enterprises?county=" + OTHER_COUNTY, "admin", "Admin@2026")
                .body());
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("admin", "Admin@2026", 200, 200),
                Arguments.of("analyst", "Demo@2026", 200, 200),
                Arguments.of("leader", "Demo@2026", 200, 200),
                Arguments.of("ecology", "Demo@2026", 200, 200),
                Arguments.of("county" + OWN_COUNTY, "Demo@2026", 200, 404));
    }

    @ParameterizedTest(name = "API {0}: own county {2}, other county {3}")
    @MethodSource("roles")
    void apiAnswersOnlyWithinScope(String user, String password, int own, int other) {
        WebSession session = new WebSession(port);
        assertThat(session.getBasic("/api/v1/enterprises/" + ownEnterprise, user, password)
                        .statusCode())
                .isEqualTo(own);
        var response = session.getBasic("/api/v1/enterprises/" + otherEnterprise, user, password);
        assertThat(response.statusCode()).isEqualTo(other);
        if (other == 404) {
            assertThat(response.body()).doesNotContain(otherEnterprise + "\",\"name\"");
        }
    }

    @ParameterizedTest(name = "page {0}: own county {2}, other county {3}")
    @MethodSource("roles")
    void pagesShowOnlyWithinScope(String user, String password, int own, int other) {
        WebSession session = new WebSession(port);
        assertThat(session.login(user, password)).doesNotContain("error");
        assertThat(session.get("/enterprises/" + ownEnterprise).statusCode()).isEqualTo(own);
        var response = session.get("/enterprises/" + otherEnterprise);
        assertThat(response.statusCode()).isEqualTo(other);
        if (other == 404) {
            assertThat(response.body()).contains("页面不存在").doesNotContain(otherEnterprise);
        }
    }

    @ParameterizedTest(name = "list {0}")
    @MethodSource("roles")
    void countyUserListsOnlyItsCounty(String user, String password, int own, int other) {
        WebSession session = new WebSession(port);
        String body = session.getBasic("/api/v1/enterprises?county=" + OTHER_COUNTY, user, password)
                .body();
        List<String> counties = Pattern.compile("\"countyCode\":\"(\\d{6})\"")
                .matcher(body)
                .results()
                .map(m -> m.group(1))
                .distinct()
                .toList();
        assertThat(counties).containsExactly(other == 404 ? OWN_COUNTY : OTHER_COUNTY);
    }

    @org.junit.jupiter.api.Test
    void enterpriseUserSeesOnlyItsOwnEnterprise() {
        WebSession session = new WebSession(port);
        String own = firstCode(session.getBasic("/api/v1/enterprises", "enterprise", "Demo@2026")
                .body());
        assertThat(session.getBasic("/api/v1/enterprises/" + own, "enterprise", "Demo@2026")
                        .statusCode())
                .isEqualTo(200);
        String someoneElse = own.equals(otherEnterprise) ? ownEnterprise : otherEnterprise;
        assertThat(session.getBasic("/api/v1/enterprises/" + someoneElse, "enterprise", "Demo@2026")
                        .statusCode())
                .isEqualTo(404);
    }

    @org.junit.jupiter.api.Test
    void anonymousGetsLoginOr401() {
        WebSession session = new WebSession(port);
        assertThat(session.get("/api/v1/enterprises").statusCode()).isEqualTo(401);
        var page = session.get("/enterprises");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private static String firstCode(String json) {
        Matcher matcher = FIRST_CODE.matcher(json);
        assertThat(matcher.find()).as("an enterprise in " + json).isTrue();
        return matcher.group(1);
    }
}
