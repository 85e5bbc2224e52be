package io.industrypulse.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * The compiled templates (jte): {@code src/main/jte/<dir>/<name>.jte}, compiled at build time by the jte Maven plugin
 * into {@code io.industrypulse.web.<dir>}. They live in this module, which the pages of every module already pass
 * through, so that a page module does not depend on the layout (which depends on the modules whose pages its menu
 * lists); what a template shows are its module's public page rows. A controller returns the view name as for
 * Thymeleaf; the starter's view resolver, ahead of Thymeleaf's, answers it when a jte template of that name exists.
 */
@Configuration(proxyBeanMethods = false)
class JteConfiguration {

    @Bean
    TemplateEngine jteTemplateEngine() {
        return TemplateEngine.createPrecompiled(
                null, ContentType.Html, JteConfiguration.class.getClassLoader(), "io.industrypulse.web");
    }

    /**
     * The starter's resolver, with a fragment named as for Thymeleaf: {@code "monitor/county :: whatIf"} is the template
     * {@code monitor/county/whatIf.jte}. Such a view is not a whole page ({@link LayoutInterceptor#rendersPage}), so it
     * gets no menu; {@link WholeView} gives it the bare frame for its texts.
     */
    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties, PageFrames frames) {
        return new JteViewResolver(templates, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new WholeView(templates, frames);
            }

            @Override
            protected AbstractUrlBasedView buildView(String viewName) throws Exception {
                return super.buildView(FRAGMENT.matcher(viewName).replaceFirst("/"));
            }
        };
    }

    private static final Pattern FRAGMENT = Pattern.compile("\\s*::\\s*");

    /**
     * Renders the page into one UTF-8 buffer and writes it at once, with its length. The starter's view writes each
     * piece through the response's writer, under two wrappers (the session's and the security context's) that each
     * count it: a quarter of the ranking page's CPU in a flight recording.
     */
    static final class WholeView extends JteView {

        private final TemplateEngine templates;
        private final PageFrames frames;

        WholeView(TemplateEngine templates, PageFrames frames) {
            super(templates);
            this.templates = templates;
            this.frames = frames;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            model.putIfAbsent("frame", frames.bare(request)); // a fragment's
            Utf8ByteOutput output = new Utf8ByteOutput();
            templates.render(getUrl(), model, output);
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            byte[] page = output.toByteArray(); // in one write: the output's own writeTo writes each piece
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
        }
    }
}
