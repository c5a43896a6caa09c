"""Credentials and AWS Signature Version 4: resolving keys, signing requests, verifying signatures."""
