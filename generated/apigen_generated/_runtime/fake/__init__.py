"""The stateful fake of a generated service: state handler, stores, and ways to run it.

``handler`` answers every operation ``plan`` binds from a ``store``; ``run`` starts it from
code (``fake_server``, ``fake_app``). docs/fake.md describes what it does for users.
"""

from .run import fake_app, fake_server

__all__ = ["fake_app", "fake_server"]
