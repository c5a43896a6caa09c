"""Upload and retrieve self-managed keys on dedicated Confluent Cloud clusters."""

from .async_client import AsyncConfluentByokClient
from .client import ConfluentByokClient
from .errors import ConfluentByokError, Failure

__all__ = [
    "AsyncConfluentByokClient",
    "ConfluentByokClient",
    "ConfluentByokError",
    "Failure",
]
