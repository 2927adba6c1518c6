def it = evaluate(new File(itSupport))
it.copySample(basedir)
new File(basedir, '../archetype-refusals.before').text = it.fingerprint(basedir, it.caseFiles).inspect()
true  // invoker treats any other last value as a failed setup
