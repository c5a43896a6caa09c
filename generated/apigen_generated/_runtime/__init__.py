"""The apigen runtime: protocol logic shared by every generated package, written once.

Copied verbatim into each generated distribution as ``_runtime``; imports inside it are
relative, so a vendored copy works under any parent package.
"""
