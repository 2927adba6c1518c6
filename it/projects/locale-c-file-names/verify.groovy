def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
assert !log.contains('Malformed input')
// the name is printed as the locale can (its two bytes as replacement characters), the finding is there
assert it.findingLines(basedir).any { it ==~ /tests\/plugin\/data\/sw_caf.+\/expected\.data\.yml:30:13: ERROR \[unknown-key\] the collector ignores 'componentID' .*/ }
assert log.contains('swplugin: checked 27 files')
true  // invoker treats any other last value as a failure
