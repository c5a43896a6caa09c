"""A canned HTTP reply on 127.0.0.1, for code a test runs in a child process.

``SERVE`` is Python source to put in the child's code after it sets ``REPLY`` (the bytes of
a whole HTTP response): it listens on a free port (``listener``), reads each request whole
and answers it with ``REPLY``, then closes the connection. It uses only ``socket`` and
``threading``, which a client imports anyway, and holds no braces, so it can go inside a
``str.format`` template.
"""

SERVE = """
import socket, threading
listener = socket.create_server(("127.0.0.1", 0))
def serve():
    while True:
        conn, _ = listener.accept()
        with conn:
            data = b""
            while b"\\r\\n\\r\\n" not in data:
                data += conn.recv(65536)
            head, _, body = data.partition(b"\\r\\n\\r\\n")
            length = next((int(line.split(b":")[1]) for line in head.split(b"\\r\\n")
                           if line.lower().startswith(b"content-length:")), 0)
            while len(body) < length:
                body += conn.recv(65536)
            conn.sendall(REPLY)
threading.Thread(target=serve, daemon=True).start()
"""
