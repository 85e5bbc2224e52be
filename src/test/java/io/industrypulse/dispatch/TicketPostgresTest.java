package io.industrypulse.dispatch;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class TicketPostgresTest extends TicketTest {}
