"""Transports carrying requests: the interfaces, http.client, httpx, in-process ASGI."""
