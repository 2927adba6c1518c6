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
    private final String macros;

    Templates() {
        // an undefined $reference is a template bug: fail rather than write it out literally
        engine.setProperty("runtime.strict_mode.enable", "true");
        engine.init();
        macros = read("macros.vm");
    }

    String render(String name, Map<String, Object> values) {
        return evaluate(name, read(name), values);
    }

    /** Renders template text that does not come from {@code templates/}, such as a preset's section. */
    String evaluate(String name, String template, Map<String, Object> values) {
        StringWriter out = new StringWriter();
        engine.evaluate(new VelocityContext(new HashMap<>(values)), out, name, macros + template);
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
