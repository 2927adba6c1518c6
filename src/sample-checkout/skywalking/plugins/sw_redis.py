#
# Licensed to the Apache Software Foundation (ASF) under one or more
# contributor license agreements.  See the NOTICE file distributed with
# this work for additional information regarding copyright ownership.
# The ASF licenses this file to You under the Apache License, Version 2.0
# (the "License"); you may not use this file except in compliance with
# the License.  You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

from skywalking import Layer, Component
from skywalking.trace.context import get_context
from skywalking.trace.tags import TagCacheType, TagCacheOp, TagCacheCmd, TagCacheKey

link_vector = ['https://redis-py.readthedocs.io/']
support_matrix = {
    'redis': {
        '>=3.10': ['4.5.*', '5.0.*'],
        '>=3.7': ['4.5.*'],
    }
}
note = """"""

_READS = {'GET', 'MGET', 'HGET', 'HGETALL', 'EXISTS'}


def install():
    from redis.connection import Connection

    _send_command = Connection.send_command

    def _sw_send_command(this: Connection, *args, **kwargs):
        cmd = str(args[0]) if args else ''
        key = str(args[1]) if len(args) > 1 else ''
        peer = f'{this.host}:{this.port}'
        with get_context().new_exit_span(op=f'Redis/{cmd}', peer=peer, component=Component.Redis) as span:
            span.layer = Layer.Cache
            span.tag(TagCacheType('Redis'))
            span.tag(TagCacheKey(key))
            span.tag(TagCacheCmd(cmd))
            span.tag(TagCacheOp('read' if cmd in _READS else 'write'))
            return _send_command(this, *args, **kwargs)

    Connection.send_command = _sw_send_command
