"""The generated clients' base: configuration, the call loop, retries, pagination and waiters."""
