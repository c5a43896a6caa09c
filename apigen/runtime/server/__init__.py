"""The generated servers' base: an ASGI application that routes, parses, dispatches and answers errors in its protocol's terms."""
