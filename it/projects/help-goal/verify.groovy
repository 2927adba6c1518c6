def log = evaluate(new File(itSupport)).buildLog(basedir)
assert log.contains('swplugin:validate')
['swplugin:fix', 'swplugin:plugins-doc'].each { assert log.contains(it) }
['swplugin.basedir', 'swplugin.skip', 'swplugin.failOnWarning', 'swplugin.componentLibraries', 'swplugin.licenseRoots', 'swplugin.maxFileSize',
 'swplugin.reports', 'swplugin.reportDir', 'swplugin.fix.deadKeys'].each {
    assert log.contains("User property: ${it}"): "help does not document ${it}"
}
true  // invoker treats any other last value as a failure
