import java.nio.file.Files

def it = evaluate(new File(itSupport))
it.copySample(basedir)
def victim = new File(basedir, '../hostile-generate-settings.toml')
victim.text = new File(basedir, 'pyproject.toml').text
new File(basedir, 'pyproject.toml').delete()
Files.createSymbolicLink(new File(basedir, 'pyproject.toml').toPath(), victim.toPath())
new File(basedir, '../hostile-generate.before').text = it.fingerprint(basedir, it.caseFiles).inspect()
true  // invoker treats any other last value as a failed setup
