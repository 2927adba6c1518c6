package io.github.swplugin.archetype;

import io.github.swplugin.core.Suggestions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Interactive generation in words: asks what the properties leave open (the kind and the versions of a library
 * without a preset first), asks a wrong answer again with the reason, then shows the values generation will use
 * and lets the user change any of them, keeping the others. Runs only on a terminal; batch mode never asks.
 */
final class Conversation {
    /** The questions, in the order a change goes through them; {library} is replaced by the answer so far. */
    private static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

    static {
        QUESTIONS.put("library", "Which library will the plugin trace? Its name on PyPI, such as pymemcache");
        QUESTIONS.put("pluginType", "What kind of library is {library}: web (a web framework), http (an HTTP client), database,"
                + " cache, mq (a message queue client) or rpc?");
        QUESTIONS.put("versions", "Which versions of {library} should the test run? pip versions, comma-separated, such as 1.2.* or 1.2.*,2.0.*");
        QUESTIONS.put("service", "Which server does the test need? One of " + String.join(", ", Service.knownNames())
                + ", an image as image:tag:port, or none");
        QUESTIONS.put("pythonVersion", "Which Pythons does the plugin support? Such as >=3.10");
        QUESTIONS.put("pluginName", "What is the plugin called? It becomes sw_<name>: lower case letters, digits and _");
        QUESTIONS.put("module", "Which module does the code import, such as clickhouse_driver?");
        QUESTIONS.put("componentName", "What is its member of the Component enum called, such as ClickhouseDriver?");
        QUESTIONS.put("componentId", "Which component id? auto takes SkyWalking's registered id, else the next free Python id");
        QUESTIONS.put("async", "Is the library built on asyncio (true or false)?");
        QUESTIONS.put("cExtension", "Is it a C extension (true or false)?");
    }

    /** The user answered quit: a choice, not a failure. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped at your answer: nothing was written", null, false, false);
        }
    }

    private final BufferedReader in;
    private final PrintWriter out;

    Conversation(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /** The properties completed and confirmed by the user; {@link Stopped} when the user quits, with nothing written. */
    Map<String, String> complete(Map<String, String> given, Path checkout) {
        Map<String, String> values = new HashMap<>(given);
        offerPreset(values);
        while (true) {
            PluginSpec spec;
            Component component;
            Component otherSide;
            try {
                spec = PluginSpec.from(Scaffold.withCheckoutDefaults(new HashMap<>(values), checkout));
                Scaffold scaffold = new Scaffold(spec, checkout);
                component = scaffold.component();
                otherSide = scaffold.otherSide(component);
            } catch (PluginSpec.Invalid e) {
                PluginSpec.Problem problem = e.problems().get(0);
                String answered = values.getOrDefault(problem.property(), PluginSpec.AUTO).trim();
                if (!answered.isEmpty() && !answered.equals(PluginSpec.AUTO)) {
                    out.println("  " + problem.message());  // a wrong answer: say why before asking again
                }
                values.put(problem.property(), ask(problem.property(), values, ""));
                continue;
            } catch (Component.Clash e) {
                out.println("  " + e.getMessage());
                values.put("componentName", ask("componentName", values, values.getOrDefault("componentName", PluginSpec.AUTO)));
                values.put("componentId", ask("componentId", values, PluginSpec.AUTO));
                continue;
            }
            out.println();
            boolean pythonFromCheckout = values.getOrDefault("pythonVersion", PluginSpec.AUTO).trim().equals(PluginSpec.AUTO);
            out.println(summary(spec, component, otherSide, pythonFromCheckout));
            String answer = line("Generate these files? yes, change a value, or quit", "yes").toLowerCase(Locale.ROOT);
            if (answer.startsWith("y")) {
                return values;
            }
            if (answer.startsWith("q")) {
                throw new Stopped();
            }
            if (!answer.startsWith("c")) {
                out.println("  answer yes, change or quit");
                continue;
            }
            out.println("Press Enter to keep a value.");
            for (String property : QUESTIONS.keySet()) {
                String keep = current(spec, component, property);
                String shown = property.equals("componentId") && keep.equals(PluginSpec.AUTO) ? "auto: " + component.id() : keep;
                values.put(property, ask(property, values, keep, shown));
            }
        }
    }

    /** A library that has no preset but is one letter or two from one is most likely a typo: offer the preset once. */
    private void offerPreset(Map<String, String> values) {
        String library = values.getOrDefault("library", "").trim();
        if (library.isEmpty() || Preset.find(library).isPresent()) {
            return;
        }
        Suggestions.closest(Preset.normalise(library), Preset.names()).ifPresent(preset -> {
            String answer = line("There is no preset for " + library + ". Did you mean " + preset + ", which has one? yes or no", "yes");
            if (answer.toLowerCase(Locale.ROOT).startsWith("y")) {
                values.put("library", preset);
            }
        });
    }

    /** What generation will do, every value as it will be used and where it came from when not from the user. */
    static String summary(PluginSpec spec, Component component, Component otherSide, boolean pythonFromCheckout) {
        String from = spec.preset() != null ? " (the " + spec.preset().name() + " preset)" : "";
        StringBuilder text = new StringBuilder("swplugin will generate sw_" + spec.pluginName() + ":\n");
        row(text, "library", spec.library() + from);
        row(text, "kind", spec.type().id() + (spec.async() ? ", asyncio" : "") + (spec.cExtension() ? ", C extension" : ""));
        row(text, "versions", String.join(", ", spec.versions()));
        row(text, "test server", spec.service() == null ? "none" : spec.service().image() + ", reached as " + spec.service().peer());
        row(text, "Python", spec.pythonVersion() + (pythonFromCheckout ? " (the checkout's pyproject.toml)" : ""));
        row(text, "module", spec.module() + guessedFrom(spec, "module"));
        row(text, "component", "Component." + component.name() + " = " + component.id() + " (" + component.origin(spec) + ")");
        if (otherSide != component) {
            row(text, spec.type() == PluginType.MQ ? "consumer" : "server", "Component." + otherSide.name() + " = " + otherSide.id()
                    + " (" + otherSide.origin(spec) + ")");
        }
        if (spec.type() == PluginType.DATABASE) {
            row(text, "db.type", Scaffold.dbType(spec, component));
        }
        return text.toString().stripTrailing();
    }

    private static String guessedFrom(PluginSpec spec, String property) {
        return spec.guesses().stream().filter(g -> g.property().equals(property)).findFirst().map(g -> " (" + g.source() + ")").orElse("");
    }

    private static void row(StringBuilder text, String name, String value) {
        text.append(String.format("  %-12s %s%n", name, value));
    }

    private static String current(PluginSpec spec, Component component, String property) {
        return switch (property) {
            case "library" -> spec.library();
            case "pluginType" -> spec.type().id();
            case "versions" -> String.join(",", spec.versions());
            case "service" -> serviceAnswer(spec.service());
            case "pythonVersion" -> spec.pythonVersion();
            case "pluginName" -> spec.pluginName();
            case "module" -> spec.module();
            case "componentName" -> component.name();
            case "componentId" -> component.origin() == Component.Origin.GIVEN ? String.valueOf(component.id()) : PluginSpec.AUTO;
            case "async" -> String.valueOf(spec.async());
            case "cExtension" -> String.valueOf(spec.cExtension());
            default -> PluginSpec.AUTO;
        };
    }

    /** How the service is given: its known name, or image:tag:port. */
    private static String serviceAnswer(Service service) {
        if (service == null) {
            return "none";
        }
        boolean known = Service.knownNames().contains(service.name()) && Service.of(service.name()).equals(service);
        return known ? service.name() : service.image() + ":" + service.port();
    }

    /** The answer to the property's question; an empty answer leaves it to be derived, except the library. */
    private String ask(String property, Map<String, String> values, String keep) {
        return ask(property, values, keep, keep);
    }

    /** @param shown how the value Enter keeps is shown, when not as typed ("auto: 7020") */
    private String ask(String property, Map<String, String> values, String keep, String shown) {
        String question = QUESTIONS.getOrDefault(property, "What should " + property + " be?")
                .replace("{library}", values.getOrDefault("library", "the library"));
        String answer = line(question, keep, shown);
        return answer.isEmpty() && !property.equals("library") ? PluginSpec.AUTO : answer;
    }

    /** One answer; Enter gives {@code keep}. The end of the input stops the run. */
    private String line(String question, String keep) {
        return line(question, keep, keep);
    }

    private String line(String question, String keep, String shown) {
        out.print(question + (shown.isEmpty() || shown.equals(PluginSpec.AUTO) ? "" : " [" + shown + "]") + ": ");
        out.flush();
        try {
            String answer = in.readLine();
            if (answer == null) {
                out.println();
                throw new ScaffoldException("the input ended before the questions were answered: nothing was written");
            }
            return answer.isBlank() ? keep : answer.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
