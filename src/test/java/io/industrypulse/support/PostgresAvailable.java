package io.industrypulse.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips PostgreSQL tests loudly when no server answers, and fails them instead under CI. */
class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresDatabase.available()) {
            return ConditionEvaluationResult.enabled("PostgreSQL test database " + PostgresDatabase.url());
        }
        String message = "!!! POSTGRESQL TESTS SKIPPED: " + PostgresDatabase.unavailableReason()
                + " -- start it with: pg_ctlcluster 15 main start";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and PostgreSQL is not reachable: " + message);
        }
        System.err.println(message);
        return ConditionEvaluationResult.disabled(message);
    }
}
