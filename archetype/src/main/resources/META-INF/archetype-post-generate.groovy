// The scaffolder is plain Java in this archetype's jar, which the generator does not put on the script's class path.
// Names are written in full: Groovy looks an unqualified one up in each default import, each a miss in Maven's realms.
def session = request.repositorySession
def jar = new org.eclipse.aether.artifact.DefaultArtifact(request.archetypeGroupId, request.archetypeArtifactId, 'jar', request.archetypeVersion)
def path = new java.io.File(session.localRepository.basedir, session.localRepositoryManager.getPathForLocalArtifact(jar))
def loader = new java.net.URLClassLoader([path.toURI().toURL()] as java.net.URL[], this.class.classLoader)
println loader.loadClass('io.github.swplugin.archetype.PostGenerate')
        .run(request.properties, request.outputDirectory, request.artifactId,
            request.mavenSession.request.interactiveMode)
