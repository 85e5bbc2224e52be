package io.industrypulse.dispatch;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class TicketSettingsPostgresTest extends TicketSettingsTest {}
