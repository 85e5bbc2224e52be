package io.industrypulse;

class MigrationsH2Test extends MigrationsTest {}
