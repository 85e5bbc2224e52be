package io.industrypulse.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips browser tests loudly when Chromium or its driver is missing, and fails them instead under CI. */
class BrowserAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed()) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver installed");
        }
        String message = "!!! BROWSER TESTS SKIPPED: chromium/chromedriver not installed"
                + " -- run .ci/run or apt-get install chromium chromium-driver fonts-noto-cjk";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and the browser is missing: " + message);
        }
        System.err.println(message);
        return ConditionEvaluationResult.disabled(message);
    }
}
