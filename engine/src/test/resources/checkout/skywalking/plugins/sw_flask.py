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

from skywalking import Layer, Component, config
from skywalking.trace.context import get_context

link_vector = ['https://flask.palletsprojects.com']
support_matrix = {
    'flask': {
        '>=3.7': ['2.0'],
    }
}
note = """"""


def install():
    from flask import Flask

    _full_dispatch_request = Flask.full_dispatch_request

    def _sw_full_dispatch_request(this):
        with get_context().new_entry_span(op='/', component=Component.Flask) as span:
            span.layer = Layer.Http
            if config.plugin_flask_collect_http_params:
                pass
            return _full_dispatch_request(this)

    Flask.full_dispatch_request = _sw_full_dispatch_request
