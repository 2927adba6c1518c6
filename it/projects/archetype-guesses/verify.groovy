def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
def file = { path -> new File(basedir, path).text }
// web.py installs the module web
assert log.contains("\n           module web (what web.py installs, from swplugin's table of import names; -Dmodule= to change)")
assert file('skywalking/plugins/sw_web_py.py').contains('    from web import ')
// kombu on RabbitMQ: SkyWalking's pair of RabbitMQ ids, already in the enum, for producer and consumer
assert log.contains("\n           componentName RabbitmqProducer (SkyWalking's component for rabbitmq's producers, shared by every"
        + " agent; RabbitmqConsumer = 53 for the other side; -DcomponentName= to change)")
assert file('tests/plugin/data/sw_kombu/expected.data.yml') =~ /(?s)RabbitMQ\/Topic\/swplugin\/Producer.*componentId: 52.*componentId: 53/
// thriftpy2 speaks thrift: thrift-client 101 and thrift-server 100, added to the enum
def init = file('skywalking/__init__.py')
assert init.contains('    ThriftClient = 101\n') && init.contains('    ThriftServer = 100\n')
// peewee over PostgreSQL: db.type names the database, and the nested driver span is pointed out
assert file('skywalking/plugins/sw_peewee.py').contains("span.tag(TagDbType('PostgreSQL'))")
assert log.contains("db.type PostgreSQL (the database postgresql is, as the agent's plugins name it; -Dservice= to change)")
assert log.contains('note: if peewee runs its queries through a driver the agent traces already')
// every plugin passes the checker and lints
it.lintsAndCompiles(basedir)
true  // invoker treats any other last value as a failure
