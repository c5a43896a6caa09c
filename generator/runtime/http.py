"""Transport-neutral HTTP request type shared by the runtime modules."""

from dataclasses import dataclass


@dataclass(slots=True)
class HttpRequest:
    method: str
    path: str            # percent-encoded path exactly as sent, e.g. "/v1/connectors/arn%3Aaws"
    query: str           # encoded query string without "?", "" when none
    headers: list[tuple[str, str]]   # in order; duplicates allowed
    body: bytes = b""
