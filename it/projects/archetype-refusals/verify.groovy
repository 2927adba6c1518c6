def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
[
    "library '../../etc' is not a pip package name such as clickhouse-driver or psycopg[binary]",
    "pluginName 'class' is a Python keyword and would break the generated code: choose another name",
    "pluginType 'queue' is not one of web, http, database, cache, mq, rpc",
    "service 'oracle' is not 'none', a known service (cassandra, clickhouse, elasticsearch, kafka, mariadb, memcached, mongodb, mosquitto, mysql, postgresql, rabbitmq, redis) or image:tag:port such as clickhouse/clickhouse-server:24.3:9000",
    "skywalking/plugins/sw_redis.py and tests/plugin/data/sw_redis already exist: the plugin sw_redis is there already. Choose another -DpluginName, or remove it first. Nothing was written.",
    "artifactId '.' must name a staging directory such as .swplugin-staging; leave -DartifactId out. Nothing was changed by swplugin.",
    "componentName 'None' is a Python keyword and would break the generated code: choose another name",
    "is not a pip package name such as clickhouse-driver or psycopg[binary] (at most 100 characters)",
    "artifactId '../outside/x' must name a staging directory such as .swplugin-staging; leave -DartifactId out. Nothing was"
        + " changed by swplugin, and the generator's stub is removed; the directory it made for it outside the checkout, "
        + new File(basedir, '../outside/x').canonicalPath + ", is left as it is, since swplugin deletes nothing outside the checkout.",
    "service image 'x/' is not an image name such as clickhouse/clickhouse-server",
    "service image 'x/collector' would be the compose service 'collector', which the test's docker-compose.yml already has",
].each { assert log.contains(it): "missing: ${it}" }
def before = Eval.me(new File(basedir, '../archetype-refusals.before').text)
assert it.fingerprint(basedir, it.caseFiles) == before: 'a refused run changed the checkout'
// the generator made ../outside/x for its stub before swplugin could refuse: the stub goes, no directory outside is deleted
assert new File(basedir, '../outside').list() as List == ['x'] && new File(basedir, '../outside/x').list().length == 0
true  // invoker treats any other last value as a failure
