/**
 * Shared web shell: the layout, error pages, locale switching and formatting helpers. Holds no feature
 * controllers; each feature module owns its pages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.industrypulse.web;
