import groovy.json.JsonSlurper

def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
def file = 'tests/plugin/data/sw_redis/expected.data.yml'

// GitHub workflow commands, at the start of their lines
assert log.readLines().contains("::error file=${file},line=30,col=13,title=unknown-key::the collector ignores 'componentID' in a span, so it checks nothing: did you mean 'componentId'?".toString())
assert log.readLines().contains("::warning file=${file},line=44,col=13,title=dead-key::the collector never compares 'operationId': this line checks nothing, remove it".toString())

// SARIF 2.1.0: the properties its schema requires, at every level
def sarif = new JsonSlurper().parse(new File(basedir, 'target/swplugin/swplugin.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'swplugin'
assert run.tool.driver.rules.every { it.id && it.shortDescription.text && it.defaultConfiguration.level in ['error', 'warning'] }
assert run.results.size() == 2
run.results.each { result ->
    assert result.message.text
    assert result.ruleId == run.tool.driver.rules[result.ruleIndex].id
    assert result.level in ['error', 'warning']
    def location = result.locations[0].physicalLocation
    assert location.artifactLocation.uri == file
    assert location.region.startLine >= 1 && location.region.startColumn >= 1
}
assert run.results*.ruleId == ['unknown-key', 'dead-key']

// JUnit XML as Surefire writes it: a case per checked file (its warnings in its output), a case of its own per error
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/swplugin/TEST-swplugin.xml'))
assert suite.name() == 'testsuite'
assert suite.@tests.toInteger() == suite.testcase.size()
assert suite.@tests.toInteger() == 27
assert suite.@failures == '1'
assert suite.testcase.every { it.failure.size() <= 1 }
def failing = suite.testcase.find { it.@name.text().startsWith(file + ':') }
assert failing.failure.size() == 1
assert failing.failure.@type == 'unknown-key'
assert suite.testcase.find { it.@name == file }['system-out'].text().contains('WARNING [dead-key]')
assert log.contains('swplugin: wrote target/swplugin/swplugin.sarif')
true  // invoker treats any other last value as a failure
