package io.github.swplugin.archetype;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * What the post-generate script calls. The generator runs the script with a loader of this jar alone as the thread's
 * context loader, which cannot see the generator's Velocity that the templates use; this class, loaded there, loads
 * the rest of the jar again over the generator's realm and hands the request's values to {@link PostGenerate}.
 * Plain reflection on the request keeps the script one line: each property Groovy reads costs it a metaclass.
 */
public final class ScriptEntry {
    private ScriptEntry() {
    }

    /** @param request the generator's ArchetypeGenerationRequest */
    public static String run(Object request) throws Exception {
        ClassLoader loader = new JarFirstLoader(ScriptEntry.class.getProtectionDomain().getCodeSource().getLocation(),
                request.getClass().getClassLoader());
        Method run = loader.loadClass(PostGenerate.class.getName())
                .getMethod("run", Map.class, String.class, String.class, boolean.class);
        Object session;
        try {
            session = get(request, "getMavenSession");
        } catch (NoSuchMethodException e) {
            // the Maven session, which says whether the run is interactive, came with maven-archetype-plugin 3.3.1
            throw new ScaffoldException("swplugin-archetype needs maven-archetype-plugin 3.3.1 or later: run"
                    + " org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate with the same options. Nothing was written.");
        }
        try {
            return (String) run.invoke(null, get(request, "getProperties"), get(request, "getOutputDirectory"),
                    get(request, "getArtifactId"), get(get(session, "getRequest"), "isInteractiveMode"));
        } catch (InvocationTargetException e) {
            // what PostGenerate threw, as if the script had called it: the generator reports its message
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Object get(Object target, String getter) throws ReflectiveOperationException {
        return target.getClass().getMethod(getter).invoke(target);
    }
}
