import java.nio.file.Path

def it = evaluate(new File(itSupport))
it.copySample(basedir)
// a directory of the user's that happens to carry a staging-like name: it must survive the run that uses it
new File(basedir, '.swplugin-keep').mkdirs()
new File(basedir, '.swplugin-keep/notes.txt').text = 'mine\n'

// a transaction that stops dead after its first edit, as under kill -9: no rollback runs, the journal stays
def core = new File(localRepositoryPath, "io/github/swplugin/swplugin-core/${pluginVersion}/swplugin-core-${pluginVersion}.jar")
def loader = new URLClassLoader([core.toURI().toURL()] as URL[], this.class.classLoader)
def transaction = loader.loadClass('io.github.swplugin.core.FileTransaction').getConstructor(Path).newInstance(basedir.toPath())
transaction.create('skywalking/plugins/sw_half.py', 'half = True\n')
transaction.create('tests/plugin/data/sw_half/expected.data.yml', 'segmentItems: []\n')
transaction.edit('skywalking/__init__.py', new File(basedir, 'skywalking/__init__.py').text + '# half\n')
transaction.edit('pyproject.toml', 'not toml\n')
def edits = 0
transaction.onEachStep({ action, path ->
    if (action == 'edit' && edits++ == 1) {
        throw new ThreadDeath()  // an Error: nothing catches it, as nothing runs after a kill
    }
}.asType(loader.loadClass('io.github.swplugin.core.FileTransaction$Step')))
try {
    transaction.apply()
    assert false: 'the simulated kill did not happen'
} catch (ThreadDeath expected) {
}
assert new File(basedir, '.swplugin-journal').exists()
assert new File(basedir, 'skywalking/__init__.py').text.endsWith('# half\n')
true  // invoker treats any other last value as a failed setup
