"""Where a call goes, asked of botocore and of our client resolution with the same settings.

Both sides start from the pinned botocore's data: its endpoint rule sets
(``endpoint-rule-set-1``) and its partitions. botocore's side is a real client's own
``EndpointRulesetResolver`` (``client._ruleset_resolver``), asked for an operation that sets
no rule-set parameter of its own; ours is the generated clients' path
(``config.resolve`` → ``Resolved.for_call``) for a ``ServiceSpec`` carrying the same rule set,
SDK id, signing name and client context parameter names. Each answers a ``Where``: the URL,
the endpoint's headers (botocore keeps a header's first value) and the SigV4 signing name and
region, or the rule set's error.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from types import ModuleType
from typing import Any

import botocore.loaders
import botocore.session
from botocore.config import Config
from botocore.exceptions import BotoCoreError, EndpointVariantError

from apigen.runtime.client import config as client_config
from apigen.runtime.core.errors import ApigenError
from apigen.runtime.core.model import Empty
from apigen.runtime.core.schema import OperationSpec, ServiceSpec
from apigen.runtime.endpoints.rules import EndpointResolutionError

LOADER = botocore.loaders.Loader()
# The operation our side resolves: it sets no rule-set parameter (as the one botocore is
# asked about, ``neutral_operation``).
CALL = OperationSpec(name="Call", input=Empty, output=Empty)
_RULES_PACKAGE = "apigen_endpoint_peer_rules"


@dataclass(frozen=True)
class Where:
    url: str | None
    headers: tuple[tuple[str, str], ...] = ()
    signing_name: str | None = None
    signing_region: str | None = None
    error: str | None = None


def services_with_rules() -> list[str]:
    """Every service of the pinned botocore with an endpoint rule set."""
    with_rules = set(LOADER.list_available_services("endpoint-rule-set-1"))
    return sorted(with_rules & set(LOADER.list_available_services("service-2")))


def sample(names: list[str], size: int) -> list[str]:
    """A deterministic spread of ``names``: the ``size`` with the smallest SHA-256."""
    return sorted(sorted(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())[:size])


def partition_regions() -> list[str]:
    """Regions of each partition botocore knows: the first and the last, in the data's
    order, of those its ``regionRegex`` matches (pseudo regions such as ``aws-global`` are
    left out)."""
    picked: list[str] = []
    for partition in LOADER.load_data("partitions")["partitions"]:
        pattern = re.compile(partition["regionRegex"])
        names = [r for r in partition.get("regions", {}) if pattern.fullmatch(r)]
        picked += [r for r in dict.fromkeys(names[:1] + names[-1:]) if r not in picked]
    return picked


def compared_regions(document: Any) -> list[str]:
    """The literals a rule set compares ``Region`` with (``stringEquals``): the regions its
    own special cases name (``aws-global``, ``us-east-1`` for global endpoints)."""
    found: list[str] = []
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            argv = node.get("argv")
            if node.get("fn") == "stringEquals" and isinstance(argv, list) and len(argv) == 2:
                refs = [a for a in argv if isinstance(a, dict) and a.get("ref") == "Region"]
                texts = [a for a in argv if isinstance(a, str)]
                if refs and texts and texts[0] not in found:
                    found.append(texts[0])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return sorted(found)


def grid(regions: list[str]) -> Iterator[tuple[str, bool, bool]]:
    for region in regions:
        for fips in (False, True):
            for dual in (False, True):
                yield region, fips, dual


def neutral_operation(model: Mapping[str, Any]) -> str | None:
    """An operation that sets no rule-set parameter (no static, context or operation
    context params), or None when every operation does."""
    for name, operation in sorted(model["operations"].items()):
        if operation.get("staticContextParams") or operation.get("operationContextParams"):
            continue
        shape = model["shapes"].get(operation.get("input", {}).get("shape", ""), {})
        if any("contextParam" in m for m in shape.get("members", {}).values()):
            continue
        return name
    return None


def _rules_module(service: str, document: Mapping[str, Any]) -> str:
    """The name of a module holding ``document`` as ``RULE_SET``, as a generated package's
    ``endpoints`` module does."""
    name = f"{_RULES_PACKAGE}_{service.replace('-', '_')}"
    if name not in sys.modules:
        module = ModuleType(name)
        module.RULE_SET = document  # type: ignore[attr-defined]
        sys.modules[name] = module
    return name


def same(expected: Where, found: Where) -> bool:
    """``found`` is ``expected``, the signing region aside when botocore's is not compared."""
    if expected.signing_region is None:
        found = replace(found, signing_region=None)
    return found == expected


def our_service(service: str) -> ServiceSpec:
    model = LOADER.load_service_model(service, "service-2")
    document = LOADER.load_service_model(service, "endpoint-rule-set-1")
    meta = model["metadata"]
    return ServiceSpec(
        name=meta.get("serviceId", service),
        protocol="awsJson1_0",  # any codec: endpoints do not depend on it
        version=meta["apiVersion"],
        operations={CALL.name: CALL},
        signing_name=meta.get("signingName") or meta["endpointPrefix"],
        endpoint_prefix=meta["endpointPrefix"],
        service_id=meta.get("serviceId"),
        endpoint_rules=_rules_module(service, document),
        client_context_params=tuple(sorted(model.get("clientContextParams", {}))),
    )


def ours(
    spec: ServiceSpec,
    region: str,
    fips: bool | None = None,
    dual: bool | None = None,
    endpoint_url: str | None = None,
    inject_host_prefix: bool | None = None,
    operation: OperationSpec = CALL,
    model: Any = None,
) -> Where:
    options = client_config.Options(
        region=region,
        endpoint_url=endpoint_url,
        access_key="AKID",
        secret_key="secret",
        session_token=None,
        profile=None,
        api_key=None,
        api_secret=None,
        token=None,
        use_fips=fips,
        use_dualstack=dual,
        inject_host_prefix=inject_host_prefix,
    )
    try:
        resolved = client_config.resolve(spec, options).for_call(
            operation, model if model is not None else Empty()
        )
    except (EndpointResolutionError, ApigenError) as exc:
        return Where(None, error=str(exc))
    headers = {}
    for name, value in resolved.endpoint_headers:
        headers.setdefault(name, value)  # botocore sends a header's first value only
    return Where(
        resolved.url_base + resolved.prefix,
        tuple(sorted(headers.items())),
        resolved.signing_name,
        resolved.region,
    )


def botocore_client(
    session: botocore.session.Session,
    service: str,
    region: str,
    fips: bool | None = None,
    dual: bool | None = None,
    endpoint_url: str | None = None,
    **config: Any,
) -> Any:
    """A botocore client with these settings. botocore's legacy resolver (``endpoints.json``)
    refuses some FIPS/dual-stack clients before the rule set is asked (no such variant in
    its data): then the client is made without them and its ruleset resolver is given the
    two builtins the settings would have set, so the rule set still answers."""
    settings: dict[str, Any] = {"use_fips_endpoint": fips, "use_dualstack_endpoint": dual}
    settings = {k: v for k, v in settings.items() if v is not None}

    def create(**chosen: Any) -> Any:
        return session.create_client(
            service,
            region_name=region,
            endpoint_url=endpoint_url,
            aws_access_key_id="AKID",
            aws_secret_access_key="secret",
            config=Config(**chosen, **config),
        )

    try:
        return create(**settings)
    except EndpointVariantError:
        client = create()
        resolver = client._ruleset_resolver
        resolver._builtins = {
            **resolver._builtins,
            "AWS::UseFIPS": bool(fips) and endpoint_url is None,
            "AWS::UseDualStack": bool(dual) and endpoint_url is None,
        }
        return client


def theirs(
    client: Any, operation: str, region_asked: str, call_args: Mapping[str, Any] | None = None
) -> Where:
    """Where botocore's client sends ``operation``, as its ruleset resolver says."""
    resolver = client._ruleset_resolver
    operation_model = client.meta.service_model.operation_model(operation)
    try:
        endpoint = resolver.construct_endpoint(operation_model, dict(call_args or {}), {})
    except BotoCoreError as exc:
        return Where(None, error=str(exc))
    name = client.meta.service_model.signing_name
    # Without authSchemes botocore signs for the region its legacy endpoints.json gives the
    # client (``aws-global``, a credential scope): botocore's older data, not the rule set's,
    # so no signing region is compared then (None).
    region = client.meta.region_name if client.meta.region_name == region_asked else None
    schemes = endpoint.properties.get("authSchemes")
    if schemes:
        _, signing = resolver.auth_schemes_to_signing_ctx(schemes)
        name = signing.get("signing_name", name)
        region = signing.get("region", region)
    return Where(endpoint.url, tuple(sorted(endpoint.headers.items())), name, region)
