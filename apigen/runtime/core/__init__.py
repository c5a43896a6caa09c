"""Shared by every room: the error tree, HTTP messages, operation tables (schema), the pydantic model bases, scalar types, and building validated input."""
