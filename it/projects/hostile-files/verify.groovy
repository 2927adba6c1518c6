def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
def lines = it.findingLines(basedir)
assert lines.any { it.startsWith('tests/plugin/data/sw_bomb/expected.data.yml:1:1: ERROR [yaml-syntax] Number of aliases for non-scalar nodes exceeds the specified max=50') }
assert lines.any { it.startsWith('tests/plugin/data/sw_deep/expected.data.yml:') && it.contains('ERROR [yaml-syntax] Nesting Depth exceeded max 100') }
assert lines.contains('tests/plugin/data/sw_latin1/expected.data.yml:1:1: ERROR [unreadable-file] the file is not valid UTF-8: save it as UTF-8')
assert lines.contains('tests/plugin/data/sw_dir/expected.data.yml:1:1: ERROR [unreadable-file] is a directory, not a file: rename it')
assert lines.contains('tests/plugin/data/sw_redis/loop:1:1: ERROR [unreadable-file] cannot be listed: the symbolic link makes a loop')
assert !lines.any { it.startsWith('tests/plugin/data/sw_bom/') }: 'a BOM and CRLF line endings are fine'
assert lines.any { it.startsWith('tests/plugin/http/sw_requests/expected.data.yml:') && it.contains("ERROR [span-type] spanType 'exit'") }
assert !log.contains('\tat '): 'no Java stack trace'
// (Maven itself may log a checksum warning naming an exception on a first download: only our lines count)
assert !lines.any { it =~ /[A-Za-z]+(Exception|Error)\b/ }: 'no exception text in a finding'
assert !log.contains('io.github.swplugin.check.'): "none of the engine's classes named in the log"
true  // invoker treats any other last value as a failure
