"""Wire protocols: one codec module per protocol (client and server share it), the registry that picks one, and the REST bindings and text encodings they share."""
