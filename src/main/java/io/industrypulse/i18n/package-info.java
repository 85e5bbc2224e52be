/**
 * The application's texts: one {@link org.springframework.context.MessageSource} over the message bundles
 * ({@code messages*.properties}, {@code i18n/*.properties}; Chinese the default, English complete), and
 * {@link io.industrypulse.i18n.Messages#get} for code that is no bean (value objects, parsers, exceptions). Depends on
 * no other module, so every module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.industrypulse.i18n;
