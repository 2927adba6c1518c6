import java.nio.file.Files

// The generator has rendered only a stub pom.xml into a staging directory; the scaffolder, plain
// Java in this archetype's jar, writes the plugin into the checkout itself, all or nothing.
def checkout = new File(request.outputDirectory).toPath().toAbsolutePath().normalize()
def staging = checkout.resolve(request.artifactId).normalize()
try {
    // never write outside the checkout: the staging directory must be a strict child of it
    if (staging.parent != checkout || !staging.fileName.toString().startsWith('.swplugin')) {
        throw new IllegalStateException("artifactId '${request.artifactId}' must name a staging directory such as"
                + " .swplugin-staging; leave -DartifactId out. Nothing was changed by swplugin.")
    }
    def session = request.repositorySession
    def jar = new org.eclipse.aether.artifact.DefaultArtifact(request.archetypeGroupId, request.archetypeArtifactId, 'jar', request.archetypeVersion)
    def path = new File(session.localRepository.basedir, session.localRepositoryManager.getPathForLocalArtifact(jar))
    def loader = new URLClassLoader([path.toURI().toURL()] as URL[], this.class.classLoader)
    println loader.loadClass('io.github.swplugin.archetype.Scaffold').run(request.properties, checkout.toFile())
} finally {
    // remove exactly what the generator made for this run: its stub, then the directories it leaves empty
    def stub = staging.resolve('pom.xml')
    if (Files.isRegularFile(stub) && stub.toFile().text.contains('swplugin-staging-stub')) {
        Files.delete(stub)
    }
    for (def dir = staging; dir != null && !checkout.startsWith(dir) && Files.isDirectory(dir)
            && Files.list(dir).withCloseable { !it.findAny().present }; dir = dir.parent) {
        Files.delete(dir)
    }
}
