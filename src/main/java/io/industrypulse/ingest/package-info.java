/**
 * Data intake: the canonical CSV package (DESIGN.md section 4) and, later, the Excel imports. Parses, validates and
 * hands rows to the owning modules' services in one transaction.
 */
package io.industrypulse.ingest;
