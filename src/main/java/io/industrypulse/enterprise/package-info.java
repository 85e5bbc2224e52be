/**
 * The enterprise registry: unified social credit code (GB 32100), industry (GB/T 4754 class and division),
 * above-size (规上) status over time, tags (key enterprise, industrial chain, environmental performance grade,
 * 涉气), contacts. Owns the tables {@code industry_division}, {@code enterprise}, {@code enterprise_above_size},
 * {@code industrial_chain} and {@code enterprise_chain}, the {@code /enterprises} pages and
 * {@code /api/v1/enterprises}. Every read is filtered by the caller's scope in {@link
 * io.industrypulse.enterprise.EnterpriseService}; every write is audited and
 * announced with {@link io.industrypulse.enterprise.EnterpriseChanged}. Periods are {@link java.time.YearMonth},
 * stored as the DATE of the month's first day. Depends on {@code account} and {@code region}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "region", "i18n"})
package io.industrypulse.enterprise;
