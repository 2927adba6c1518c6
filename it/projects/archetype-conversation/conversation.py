"""Answers archetype:generate's questions on a pseudo-terminal, as a user at a terminal would; prints the session."""
import sys

import pexpect

# each prompt, as the user sees it, and the answer typed: wrong answers first, then the fix, then a change at the end
STEPS = [
    ("Define value for property 'library'", 'clickhouse-driver'),
    (' Y: ', ''),
    ('What kind of library is clickhouse-driver', 'databse'),
    ("pluginType 'databse' is not one of web, http, database, cache, mq, rpc", None),
    ('What kind of library is clickhouse-driver', 'database'),
    ('Which versions of clickhouse-driver', '0.2.*'),
    ('Which server does the test need?', 'clickhous'),
    ("service 'clickhous' is not 'none', a known service", None),
    ('Which server does the test need?', 'clickhouse'),
    ('  versions     0.2.*', None),
    ('  component    Component.ClickhouseDriver = 7020 (the next free Python id)', None),
    ('Generate these files?', 'change'),
    ('Which library will the plugin trace? Its name on PyPI, such as pymemcache [clickhouse-driver]', ''),
    ('[database]', ''),
    ('[0.2.*]', '0.2.*,0.3.*'),
    ('[clickhouse]', ''),
    ('[>=3.10]', ''),
    ('[clickhouse_driver]', 'clickhouse'),
    ('[clickhouse_driver]', ''),
    ('[ClickhouseDriver]', ''),
    ('Which component id?', ''),
    ('asyncio', ''),
    ('C extension', ''),
    ('  versions     0.2.*, 0.3.*', None),
    ('Generate these files?', ''),
    ('swplugin: generated sw_clickhouse (database)', None),
]

child = pexpect.spawn(sys.argv[1], args=sys.argv[2:], encoding='utf-8', timeout=120, dimensions=(50, 250))
child.logfile_read = sys.stdout
for prompt, answer in STEPS:
    child.expect_exact(prompt)
    if answer is not None:
        child.sendline(answer)
child.expect(pexpect.EOF)
child.close()
sys.exit(child.exitstatus)
