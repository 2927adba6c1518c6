package io.github.swplugin.archetype;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads a class from the archetype's jar before asking its parent, the generator's plugin realm: parent first, each of
 * the jar's classes would first be looked for in every jar of the realm and of Maven's core, in vain.
 */
final class JarFirstLoader extends URLClassLoader {
    static {
        // the check before the change runs on another thread while the templates render: both load classes
        registerAsParallelCapable();
    }

    JarFirstLoader(URL jar, ClassLoader parent) {
        super(new URL[] {jar}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null && !name.startsWith("java.") && findResource(name.replace('.', '/') + ".class") != null) {
                loaded = findClass(name);
            }
            if (loaded == null) {
                return super.loadClass(name, resolve);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
