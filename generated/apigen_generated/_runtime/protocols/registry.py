"""Which codec speaks which protocol: one line per protocol, imported on first use.

``codec_for(service)`` gives the one codec of a service's protocol, shared by every caller:
codecs keep per-operation plans, so the first call of an operation pays for its plan and
later calls only serialise.
"""

from __future__ import annotations

from importlib import import_module

from ..core.schema import ServiceSpec
from .codec import Codec

__all__ = ["CODECS", "codec_for"]

#: protocol name → (module of this package, codec class); the class takes the ServiceSpec.
CODECS: dict[str, tuple[str, str]] = {
    "restJson1": ("rest_json", "RestJsonCodec"),
    "awsJson1_0": ("aws_json", "AwsJsonCodec"),
    "awsJson1_1": ("aws_json", "AwsJsonCodec"),
    "rpcv2Cbor": ("rpc_v2_cbor", "RpcV2CborCodec"),
    "awsQuery": ("aws_query", "AwsQueryCodec"),
    "ec2Query": ("aws_query", "Ec2QueryCodec"),
    "restXml": ("rest_xml", "RestXmlCodec"),
    "openapi": ("openapi_json", "OpenApiJsonCodec"),
}

_MADE: dict[int, tuple[ServiceSpec, Codec]] = {}


def codec_for(service: ServiceSpec) -> Codec:
    """The codec of ``service``'s protocol; one per service object, made on first use."""
    made = _MADE.get(id(service))
    if made is not None and made[0] is service:
        return made[1]
    try:
        module, name = CODECS[service.protocol]
    except KeyError:
        raise ValueError(f"no codec for protocol {service.protocol!r}") from None
    codec: Codec = getattr(import_module(f".{module}", __package__), name)(service)
    _MADE[id(service)] = (service, codec)
    return codec
