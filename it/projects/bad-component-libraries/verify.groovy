def log = evaluate(new File(itSupport)).buildLog(basedir)
assert log.contains('swplugin.componentLibraries: missing/component-libraries.yml is not a file; point it at oap-server/server-starter/src/main/resources/component-libraries.yml of an apache/skywalking checkout')
assert !log.contains('\tat io.github.swplugin')
true  // invoker treats any other last value as a failure
