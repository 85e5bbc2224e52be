/**
 * Loads the stored data into the engine, keeps the computed snapshot in memory and serves it to pages and the API;
 * drops it when {@link io.industrypulse.statdata.StatDataChanged} says the data changed or
 * {@link io.industrypulse.enterprise.EnterpriseChanged} says the registry behind the groups changed. Depends on region,
 * enterprise, statdata, target, engine, account (scope) and dispatch
 * (stopped and limited enterprises on the county page).
 */
package io.industrypulse.monitor;
