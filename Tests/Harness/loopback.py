"""What every loopback server of advocate's harness does the same way: files written whole, the
port announced in DIR/port, and a run that ends by itself once the program that started the
server is gone (a crashed test run or benchmark leaves no server behind).

Used by Tests/Harness/smtp_relay.py and Benchmarks/send-bench/sink.py.
"""
import os


def write_atomically(path, data):
    """Writes the bytes `data` to `path` through a temporary file, so that a reader never sees
    part of them."""
    temporary = path + ".tmp"
    with open(temporary, "wb") as file:
        file.write(data)
    os.replace(temporary, path)


def serve(loop, server, folder):
    """Writes the port `server` listens on to FOLDER/port, then runs `loop` until it is stopped
    or the parent process is gone."""
    write_atomically(os.path.join(folder, "port"), str(server.sockets[0].getsockname()[1]).encode())
    parent = os.getppid()

    def watch_parent():
        if os.getppid() != parent:
            loop.stop()
        else:
            loop.call_later(1, watch_parent)

    watch_parent()
    loop.run_forever()
