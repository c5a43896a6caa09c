"""Where one call goes: the endpoint rules for the client's settings and the call's input.

docs/endpoints.md has the whole story; in short:

- The URL a client is given wins, as the AWS SDKs order it: the ``endpoint_url`` argument,
  then ``AWS_ENDPOINT_URL_<SERVICE_ID>`` (the SDK id upper-cased, spaces and hyphens as
  underscores), then ``AWS_ENDPOINT_URL``, then the shared config file: the service's
  ``endpoint_url`` in the profile's ``services`` section, then the profile's ``endpoint_url``
  (``shared_endpoints``; ``AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`` or the profile's
  ``ignore_configured_endpoint_urls`` skips all but the argument). With a rule set
  that URL is the rules' ``Endpoint`` parameter (the rules may still add to it, or refuse
  FIPS with it); without one it is the endpoint.
- A service with a rule set resolves everything else from it: ``Region``, ``UseFIPS``
  (``use_fips`` argument, ``AWS_USE_FIPS_ENDPOINT``, the profile's ``use_fips_endpoint``),
  ``UseDualStack`` (likewise ``use_dualstack``/``AWS_USE_DUALSTACK_ENDPOINT``), ``AccountId``
  and ``AccountIdEndpointMode``, the ``client_context_params`` argument, then per call the
  operation's ``contextParam`` members, static values and JMESPath ``operationContextParams``.
  As botocore does, a given URL turns FIPS and dual-stack off. ``AWS::S3::UseGlobalEndpoint``
  holds in ``us-east-1`` unless ``AWS_S3_US_EAST_1_REGIONAL_ENDPOINT`` (or the profile's
  ``s3_us_east_1_regional_endpoint``) says ``regional``: botocore's default, ``legacy``.
- The endpoint's ``authSchemes`` property sets the SigV4 signing name and region (and
  ``disableDoubleEncoding``); its headers are added to the request.
- Last, the operation's ``hostPrefix`` (labels filled from the input) goes before the host,
  unless ``inject_host_prefix=False`` or ``AWS_DISABLE_HOST_PREFIX_INJECTION=true``, or the
  rule set places it itself (every label is bound to the rule-set parameter of its name).

Cost: the operation-independent parameters are bound once per client resolution (cached per
process by ``config.resolve``); each distinct set of per-call parameters is resolved once and
its ``Resolved`` kept (``config.Resolved.for_call``), so a call whose operation sets no parameter
costs one dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..core.errors import ParamValidationError
from ..core.narrow import is_dict, is_list
from ..endpoints.rules import Endpoint, RuleSet

if TYPE_CHECKING:
    from ..core.model import ApigenModel
    from ..core.schema import OperationSpec, ServiceSpec

__all__ = [
    "Endpoints",
    "call_key",
    "configured_endpoint",
    "endpoint_variable",
    "rules_of",
    "service_key",
    "target",
]

_HOST_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,62}")
_LABEL = re.compile(r"\{([^{}]+)\}")
_TRUE = ("true", "1", "yes", "on")
# The builtIn names of rule-set parameters and what a client knows of them.
_BUILTINS = {
    "AWS::Region": "region",
    "AWS::UseFIPS": "use_fips",
    "AWS::UseDualStack": "use_dualstack",
    "SDK::Endpoint": "endpoint",
    "AWS::Auth::AccountId": "account_id",
    "AWS::Auth::AccountIdEndpointMode": "account_id_endpoint_mode",
    "AWS::S3::UseGlobalEndpoint": "s3_use_global_endpoint",
}


def endpoint_variable(service: ServiceSpec) -> str:
    """``AWS_ENDPOINT_URL_<SERVICE_ID>`` for ``service`` (its SDK id, else its name)."""
    service_id = service.service_id or service.name
    return "AWS_ENDPOINT_URL_" + re.sub(r"[\s-]+", "_", service_id.strip()).upper()


def is_true(value: str | None) -> bool:
    return value is not None and value.strip().lower() in _TRUE


def service_key(service: ServiceSpec) -> str:
    """The key of ``service`` in a shared config ``services`` section (``dynamodb``)."""
    return endpoint_variable(service).removeprefix("AWS_ENDPOINT_URL_").lower()


def configured_endpoint(
    service: ServiceSpec, given: str | None, environ: Mapping[str, str], profile: str | None
) -> str | None:
    """The URL the user set for ``service``, by the SDKs' precedence (module docstring)."""
    from .shared_endpoints import ignore_configured, shared_endpoint

    if given:
        return given
    if ignore_configured(profile, environ):
        return None
    return (
        environ.get(endpoint_variable(service))
        or environ.get("AWS_ENDPOINT_URL")
        or shared_endpoint(service_key(service), profile, environ)
    )


@lru_cache(maxsize=64)
def rules_of(module: str) -> RuleSet:
    """The rule set a generated ``endpoints`` module holds (imported on first use)."""
    document = import_module(module).RULE_SET
    if document is None:
        raise ImportError(f"{module} holds no endpoint rule set")
    return RuleSet(document)


class Endpoints:
    """A client's rule set with its operation-independent parameters bound."""

    __slots__ = ("inject_host_prefix", "params", "rules")

    def __init__(
        self,
        rules: RuleSet,
        settings: Mapping[str, Any],
        context: Mapping[str, Any],
        inject_host_prefix: bool,
    ) -> None:
        self.rules = rules
        self.inject_host_prefix = inject_host_prefix
        params: dict[str, Any] = {}
        for name, spec in rules.parameters.items():
            known = _BUILTINS.get(str(spec.get("builtIn")))
            value = settings.get(known) if known else None
            if value is None:
                value = context.get(name)
            if value is not None:
                params[name] = value
        self.params = params

    def resolve(self, extra: Mapping[str, Any] | None = None) -> Endpoint:
        return self.rules.resolve({**self.params, **extra} if extra else self.params)


def _hashable(value: Any) -> Any:
    return tuple(value) if is_list(value) else value


def operation_params(operation: OperationSpec, model: ApigenModel) -> dict[str, Any]:
    """The rule-set parameters ``operation`` sets for this input."""
    params: dict[str, Any] = {}
    for name, value in operation.static_context_params:
        params[name] = value
    for name, attribute in operation.context_params:
        value = getattr(model, attribute, None)
        if value is not None:
            params[name] = value
    if operation.operation_context_params:
        from .waiters import search, wire_form

        data = wire_form(model)
        for name, path in operation.operation_context_params:
            value = search(path, data)
            if value is not None:
                params[name] = value
    return params


def _host_prefix(operation: OperationSpec, model: ApigenModel) -> str:
    """The operation's host prefix with its labels filled (each a valid host label)."""
    prefix = operation.host_prefix or ""
    values = dict(operation.host_labels)
    for label in _LABEL.findall(prefix):
        value = getattr(model, values.get(label, ""), None)
        if not isinstance(value, str) or not _HOST_LABEL.fullmatch(value):
            raise ParamValidationError(
                f"{operation.name}: {label} must be a host label (letters, digits and hyphens, "
                "1 to 63 characters) to go before the endpoint's host",
                [{"path": label, "type": "host_label", "message": "not a valid host label"}],
            )
        prefix = prefix.replace("{" + label + "}", value)
    return prefix


@lru_cache(maxsize=256)
def _placed_by_rules(
    host_prefix: str | None,
    context_params: tuple[tuple[str, str], ...],
    host_labels: tuple[tuple[str, str], ...],
) -> bool:
    """Whether the rule set puts an operation's host prefix in the URL itself (per call, so
    cached by the operation's facts): every label of the prefix is a member the operation
    also binds to the rule-set parameter of the same name (S3
    Control's ``{AccountId}.``). Applying the prefix too would put it in the host twice, so
    it is left to the rules, as botocore does (its ``remove_accid_host_prefix_from_model``)."""
    labels = _LABEL.findall(host_prefix or "")
    if not labels:
        return False
    bound = dict(context_params)
    members = dict(host_labels)
    return all(label in bound and bound[label] == members.get(label) for label in labels)


def _signing(endpoint: Endpoint) -> tuple[str | None, str | None, bool]:
    """Signing name, region and double encoding the endpoint's ``authSchemes`` ask for."""
    schemes = endpoint.properties.get("authSchemes")
    if not is_list(schemes) or not schemes:
        return None, None, True
    dicts = [s for s in schemes if is_dict(s)]
    chosen = next((s for s in dicts if str(s.get("name")).startswith("sigv4")), None)
    if chosen is None:
        chosen = schemes[0] if is_dict(schemes[0]) else {}
    region: Any = chosen.get("signingRegion")
    region_set: Any = chosen.get("signingRegionSet")
    if region is None and is_list(region_set) and region_set:
        region = region_set[0]
    name: Any = chosen.get("signingName")
    return name, region, not chosen.get("disableDoubleEncoding", False)


def call_key(
    endpoints: Endpoints | None, inject: bool, operation: OperationSpec, model: ApigenModel
) -> tuple[tuple[Any, ...], dict[str, Any], str]:
    """What decides where this call goes: a hashable key, the operation's rule-set
    parameters and the filled host prefix ("" when none is put before the host)."""
    params = operation_params(operation, model) if endpoints is not None else {}
    inject = inject and not (
        endpoints is not None
        and _placed_by_rules(operation.host_prefix, operation.context_params, operation.host_labels)
    )
    prefix = _host_prefix(operation, model) if inject else ""
    return (prefix, *sorted((k, _hashable(v)) for k, v in params.items())), params, prefix


def target(
    endpoints: Endpoints | None,
    params: Mapping[str, Any],
    prefix: str,
    url: str,
    signing_name: str | None,
    region: str | None,
) -> tuple[str, str | None, str | None, tuple[tuple[str, str], ...], bool]:
    """URL, signing name and region, extra headers and double encoding of one call: the
    rules' endpoint for ``params`` (else ``url``), with ``prefix`` before its host."""
    double_encode = True
    headers: tuple[tuple[str, str], ...] = ()
    if endpoints is not None:
        endpoint = endpoints.resolve(params)
        url = endpoint.url
        name, scheme_region, double_encode = _signing(endpoint)
        signing_name = name or signing_name
        region = scheme_region or region
        headers = tuple((k, v) for k, values in endpoint.headers.items() for v in values)
    if prefix:
        scheme, _, rest = url.partition("://")
        url = f"{scheme}://{prefix}{rest}"
    return url, signing_name, region, headers, double_encode
