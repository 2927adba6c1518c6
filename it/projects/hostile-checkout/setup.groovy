import java.nio.file.Files
import java.security.MessageDigest

def it = evaluate(new File(itSupport))
it.copySample(basedir)
// the user's own files, beside the checkout: nothing may change them
def outside = new File(basedir, '../hostile-checkout-outside')
outside.mkdirs()
['authorized_keys', 'settings.xml', 'config', 'cache', 'junit.xml', 'baseline', 'recorded'].each {
    new File(outside, it).text = "precious ${it}\n"
}
new File(outside, 'emptydir').mkdirs()
def link = { String path, File target ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    Files.createSymbolicLink(file.toPath(), target.toPath())
}
// a committed journal of the first format: as the old recovery read it, a temp entry deletes a file, a create entry
// whose digest matches deletes another, an edit restores chosen bytes (a core.fsmonitor command) and a dir entry
// removes an empty directory, all outside the checkout
def b64 = { String s -> s.bytes.encodeBase64().toString() }
def sha = { String s -> MessageDigest.getInstance('SHA-256').digest(s.bytes).encodeHex().toString() }
new File(basedir, '.swplugin-journal').text = """swplugin journal 1
run pid 1 at 2026-01-01T00:00:00Z
dir ${b64('../hostile-checkout-outside/emptydir')}
create ${b64('../hostile-checkout-outside/settings.xml')} ${sha('precious settings.xml\n')}
edit ${b64(new File(outside, 'config').canonicalPath)} rwxrwxrwx ${sha('precious config\n')} ${b64('[core]\n\tfsmonitor = touch pwned\n')}
temp ${b64('../hostile-checkout-outside/authorized_keys')}
"""
link('target/swplugin/validate.cache', new File(outside, 'cache'))
link('target/swplugin/TEST-swplugin.xml', new File(outside, 'junit.xml'))
link('swplugin-baseline.txt', new File(outside, 'baseline'))
link('docs', outside)
link('recorded.data.yml', new File(outside, 'recorded'))
new File(basedir, 'received.yml').text = new File(basedir, '../../../projects/runtime-verify-record/received-run1.yml').text
// a test directory whose name carries a line break and a workflow command, with a defect to report
def forged = new File(basedir, 'tests/plugin/data/sw_x\n::stop-commands::pwned\n::error::forged')
forged.mkdirs()
new File(forged, 'expected.data.yml').text = new File(basedir, 'tests/plugin/data/sw_redis/expected.data.yml').text
        .replaceFirst('componentId: 7\n', 'componentID: 7\n')
true  // invoker treats any other last value as a failed setup
