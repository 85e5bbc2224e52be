/**
 * Users, roles and region scope (DESIGN.md section 1), login, and the append-only audit log. Other modules ask
 * {@link io.industrypulse.account.CurrentUser} for the caller's {@link io.industrypulse.account.UserScope} and record
 * every write with {@link io.industrypulse.account.AuditLog}. Depends on no other feature module.
 */
package io.industrypulse.account;
