"""View of a service's endpoints module: its endpoint rule set as data (``RULE_SET``).

The rule set is printed as the JSON it is (indented, in the spec's order) inside a raw
string that the module parses once, when the client's first call imports it: the data stays
reviewable line by line, and neither the formatter nor Python's compiler walk a large
literal. A service without rules gets ``RULE_SET = None``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from apigen import ir
from apigen.views.docs import docstring

__all__ = [
    "ENDPOINTS_MODULE",
    "EndpointsView",
    "endpoint_variable",
    "endpoints_view",
    "url_parameters",
]

# The module of a service package that holds its rule set (templates/python/endpoints.py.jinja).
ENDPOINTS_MODULE = "endpoints"

_TEMPLATE_NAME = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)[#}]")


@dataclass(frozen=True, kw_only=True, slots=True)
class EndpointsView:
    doc: str
    rule_set: str | None  # the JSON text, or None
    exports: tuple[str, ...]


def endpoint_variable(service: ir.Service) -> str:
    """``AWS_ENDPOINT_URL_<SERVICE_ID>`` as the runtime reads it (``endpoint_resolution``)."""
    service_id = service.service_id or service.name
    return "AWS_ENDPOINT_URL_" + re.sub(r"[\s-]+", "_", service_id.strip()).upper()


def endpoints_view(service: ir.Service) -> EndpointsView:
    text = None
    if service.endpoint_rules is not None:
        text = json.dumps(service.endpoint_rules, indent=1, ensure_ascii=False)
        if '"""' in text:
            raise ValueError(f"{service.name}: the endpoint rule set cannot be printed raw")
    summary = (
        f"Endpoint rule set of {service.title}: what its client resolves endpoints from."
        if text is not None
        else f"{service.title} has no endpoint rule set: its client keeps the fixed endpoint (docs/endpoints.md)."
    )
    return EndpointsView(doc=docstring(summary, indent=0), rule_set=text, exports=())


def url_parameters(service: ir.Service) -> frozenset[str]:
    """The rule-set parameters an endpoint's URL template names (``{Bucket}``,
    ``{url#path}``): their values travel in the endpoint, so clients leave a URI label
    bound to one out of the request path (S3's bucket, as botocore does)."""
    rules = service.endpoint_rules
    if rules is None:
        return frozenset()
    names: set[str] = set()
    pending: list[object] = [rules.get("rules")]
    while pending:
        item = pending.pop()
        if isinstance(item, Mapping):
            endpoint = item.get("endpoint")
            if isinstance(endpoint, Mapping) and isinstance(endpoint.get("url"), str):
                names.update(_TEMPLATE_NAME.findall(str(endpoint["url"])))
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    parameters = rules.get("parameters")
    declared = set(parameters) if isinstance(parameters, Mapping) else set()
    return frozenset(names & declared)
