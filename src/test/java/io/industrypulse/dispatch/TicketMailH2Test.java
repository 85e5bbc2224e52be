package io.industrypulse.dispatch;

class TicketMailH2Test extends TicketMailTest {}
