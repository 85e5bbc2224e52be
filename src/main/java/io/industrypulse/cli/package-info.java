/**
 * Command line of the jar (picocli): {@code serve} (default), {@code compute}, {@code demo-data}, later
 * {@code import} and {@code report}. Commands are thin: they parse arguments and call other modules' services.
 */
package io.industrypulse.cli;
