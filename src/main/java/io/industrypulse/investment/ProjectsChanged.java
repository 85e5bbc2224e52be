package io.industrypulse.investment;

/** Projects, plans or progress of the ledger changed (a form, an import, a load): what reads them reads again. */
public record ProjectsChanged(int projects) {}
