import java.nio.file.Files

def it = evaluate(new File(itSupport))
it.copySample(basedir)
def data = new File(basedir, 'tests/plugin/data')
def write = { String path, content ->
    def file = new File(data, path)
    file.parentFile.mkdirs()
    content instanceof byte[] ? file.setBytes(content) : file.setText(content)
}
// an alias bomb: each level references the previous one nine times
def bomb = new StringBuilder('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n')
('b'..'j').each { c ->
    def p = (char) (((int) c.charAt(0)) - 1)
    bomb << "${c}: &${c} [" + (['*' + p] * 9).join(',') + ']\n'
}
write('sw_bomb/expected.data.yml', bomb.toString())
write('sw_deep/expected.data.yml', 'segmentItems:\n  ' + '- ' * 20000 + 'x\n')
write('sw_latin1/expected.data.yml', 'segmentItems:\n  - serviceName: caf\u00e9\n'.getBytes('ISO-8859-1'))
write('sw_bom/expected.data.yml', '\uFEFF' + new File(data, 'sw_redis/expected.data.yml').text.replace('\n', '\r\n'))
new File(data, 'sw_dir/expected.data.yml').mkdirs()
Files.createSymbolicLink(new File(data, 'sw_redis/loop').toPath(), data.toPath())
// and one ordinary defect, which must still be found
it.replace(basedir, 'tests/plugin/http/sw_requests/expected.data.yml', 'spanType: Exit', 'spanType: exit')
true  // invoker treats any other last value as a failed setup
