package io.industrypulse.dispatch;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A campaign as the city sets it up; without an end date it lasts 100 days. */
public record NewCampaign(
        @Nullable String name,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable List<String> counties,
        @Nullable Integer visitGoal,
        @Nullable String goals) {}
