"""Output: formatting and writing generated files, never deciding what they say."""
