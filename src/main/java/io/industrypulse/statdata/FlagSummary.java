package io.industrypulse.statdata;

/**
 * What an import did to the soft flags of its period.
 *
 * @param raised checks raised by the import (new and kept)
 * @param kept of those, flags already open with identical values, kept with their explanations
 * @param closed flags no longer raised (or raised with other values), closed
 * @param flaggedRows enterprises of the import with at least one flag
 */
public record FlagSummary(int raised, int kept, int closed, int flaggedRows) {}
