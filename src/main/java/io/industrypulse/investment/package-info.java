/**
 * Investment (项目清单台账, issue 15): the industrial and technical-renovation projects of each county
 * ({@code inv_project}), their plan per year ({@code inv_plan}) and monthly progress ({@code inv_progress}); time
 * progress (时序进度, the engine's {@link io.industrypulse.engine.TimeProgress}), investment growth against the target,
 * and the output the projects in production bring next year ({@link io.industrypulse.engine.ProjectOutput}). Served by
 * {@link io.industrypulse.investment.InvestmentService}; depends on account, region, enterprise and target.
 */
package io.industrypulse.investment;
