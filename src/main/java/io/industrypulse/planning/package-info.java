/**
 * Planning and dispatch against the annual targets: the monthly plan (以月保季、以季保年), tasks down to each enterprise
 * (任务落实到企业末端) with the county users' adjustments, warnings (预警), and the reporting progress of the monthly data
 * (联网直报进度 / 应统尽统, {@code /reporting}), which the reporting-coverage warning needs. Everything is computed from the monitor's
 * growth snapshot, so it follows the data; only the task adjustments are stored (table
 * {@code planning_task_adjustment}), every write audited. Kept apart from {@code target}, which {@code monitor} reads,
 * to avoid a cycle. Depends on monitor, target, statdata, enterprise, region, ingest (the snapshot's labels), engine
 * and account (scope).
 */
package io.industrypulse.planning;
