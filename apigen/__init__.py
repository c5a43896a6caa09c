"""apigen: API specs in, typed Python SDKs and ASGI server stubs out.

The pipeline is the package layout: ``frontends`` read spec files into the ``ir``,
``views`` compute everything a template prints, ``render`` fills ``templates/``, and
``output`` formats and writes the files. ``runtime`` is the hand-written code the generated
packages import; it is copied verbatim, never templated.
"""

__version__ = "0.1.0"
