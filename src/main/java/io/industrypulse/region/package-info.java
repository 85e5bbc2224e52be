/**
 * Administrative divisions (GB/T 2260, METHODOLOGY 8.3): the province &gt; city &gt; county tree the platform's region
 * scope is made of. Owns the {@code region} table and the {@code /regions} page; other modules read regions only
 * through {@link io.industrypulse.region.RegionService}. Depends on {@code account} (audit log) only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "i18n"})
package io.industrypulse.region;
