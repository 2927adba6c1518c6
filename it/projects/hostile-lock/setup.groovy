import java.nio.file.Files

def it = evaluate(new File(itSupport))
it.copySample(basedir)
def victim = new File(basedir, '../hostile-lock-victim.txt')
victim.text = 'precious\n'
Files.createSymbolicLink(new File(basedir, '.swplugin-lock').toPath(), victim.toPath())
new File(basedir, '.swplugin-journal').text = 'swplugin journal 2\n'
true  // invoker treats any other last value as a failed setup
