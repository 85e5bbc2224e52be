/**
 * The pure computation core (DESIGN.md section 5): growth, pull, contribution, required growth, evaluation and
 * ranking over columnar arrays. Imports only {@code java.*}: no Spring, no JDBC, no I/O (checked by
 * ArchitectureTest).
 */
package io.industrypulse.engine;
