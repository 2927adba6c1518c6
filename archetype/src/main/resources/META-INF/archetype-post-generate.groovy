// The scaffolder is plain Java in this archetype's jar, which the generator gives this script as the thread's context
// class loader; ScriptEntry takes it from there. A name written in full saves Groovy a search of its default imports.
println java.lang.Thread.currentThread().contextClassLoader.loadClass('io.github.swplugin.archetype.ScriptEntry').run(request)
