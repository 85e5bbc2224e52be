/**
 * The demo city 示例市 (DESIGN.md section 6): a deterministic, seeded generator of a realistic city with about 1,500
 * above-size enterprises and 22 months of data in the canonical format (DESIGN.md section 4), plus the enterprise
 * profile data the canonical format lacks. The generator itself is pure Java (no Spring, no I/O). Depends only on
 * {@code ingest} for {@link io.industrypulse.ingest.CanonicalPackage}.
 */
package io.industrypulse.demo;
