package io.industrypulse.dispatch;

class TicketH2Test extends TicketTest {}
