def log = evaluate(new File(itSupport)).buildLog(basedir)
assert log.contains('swplugin:validate')
['swplugin.basedir', 'swplugin.skip', 'swplugin.failOnWarning', 'swplugin.componentLibraries', 'swplugin.licenseRoots', 'swplugin.maxFileSize'].each {
    assert log.contains("User property: ${it}"): "help does not document ${it}"
}
true  // invoker treats any other last value as a failure
