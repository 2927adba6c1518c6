def log = evaluate(new File(itSupport)).buildLog(basedir)
// the whole catalogue: every group, a rule of each level, the agents each runs for
assert log =~ /(?m)^\[INFO\] unreadable-file +ERROR +File +every agent$/
assert log =~ /(?m)^\[INFO\] dead-key +WARNING +Keys +every agent$/
assert log =~ /(?m)^\[INFO\] plugins-doc +ERROR +Plugins +Python only$/
assert log.contains('[INFO]     a key read but never compared: operationId, componentName, a literal segmentId (write not null)')
// one rule: its line and its description, once more after the catalogue
assert log.findAll(/(?m)^\[INFO\] span-order +ERROR +Spans +Python only$/).size() == 2
assert log.contains("[ERROR] Failed to execute goal io.github.swplugin:swplugin-maven-plugin:${pluginVersion}:rules (default-cli) on project"
        + " standalone-pom: swplugin.rule: no rule 'span_order'; the rules are unreadable-file, yaml-syntax,")
true  // invoker treats any other last value as a failure
