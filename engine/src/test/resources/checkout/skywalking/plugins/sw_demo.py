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
from skywalking.trace.tags import TagCacheType

link_vector = ['https://demo-lib.example/docs']
support_matrix = {
    'demo-lib': {
        '>=3.10': ['1.*'],
        '>=3.7': ['0.9'],  # the last release for 3.7
    }
}
note = """"""


def install():
    from demo_lib import Client

    _get = Client.get

    def _sw_get(this, key):
        with get_context().new_exit_span(op='Demo/get', peer=f'{this.host}:{this.port}', component=Component.DemoLib) as span:
            span.layer = Layer.Cache
            span.tag(TagCacheType('Demo'))
            return _get(this, key)

    Client.get = _sw_get
