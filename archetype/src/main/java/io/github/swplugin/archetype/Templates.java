package io.github.swplugin.archetype;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/** Renders the Velocity templates under {@code templates/}, and presets' sections, with one context. */
final class Templates {
    private final VelocityEngine engine = new VelocityEngine();
    /** The values every template sees, with what {@code macros.vm} sets from them. */
    private final VelocityContext shared;

    Templates(Map<String, Object> values) {
        // an undefined $reference is a template bug: fail rather than write it out literally
        engine.setProperty("runtime.strict_mode.enable", "true");
        engine.init();
        shared = new VelocityContext(new HashMap<>(values));
        // parsed once, its macros known to every template the engine renders after it: parsing them again before each
        // template was a third of a generation's rendering
        engine.evaluate(shared, new StringWriter(), "macros.vm", read("macros.vm"));
    }

    String render(String name) {
        return evaluate(name, read(name));
    }

    /** Renders template text that does not come from {@code templates/}, such as a preset's section. */
    String evaluate(String name, String template) {
        StringWriter out = new StringWriter();
        // a context of its own over the shared one: what a template sets stays out of the next
        engine.evaluate(new VelocityContext(shared), out, name, template);
        return out.toString();
    }

    static boolean exists(String name) {
        return Templates.class.getResource("templates/" + name) != null;
    }

    static String read(String name) {
        try (InputStream in = Templates.class.getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the archetype has no template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
