"""The apigen runtime: protocol logic shared by every generated package, written once.

Copied verbatim into each generated distribution as ``_runtime``; imports inside it are
relative, so a vendored copy works under any parent package. Rooms, by role; imports flow
one way, ``core`` ← ``protocols``/``auth``/``transport`` ← ``client``/``server``, and a test
fails on any cycle:

- ``core/``: errors, HTTP messages, operation tables, model bases, scalars, input building.
- ``protocols/``: one codec module per wire protocol and the registry that picks one.
- ``auth/``: credentials and SigV4 (signing and verifying).
- ``transport/``: what carries a request (http.client, httpx, in-process ASGI).
- ``client/``: the generated clients' base, config, retries, pagination, waiters.
- ``server/``: the generated servers' ASGI application and its own error replies.
"""
