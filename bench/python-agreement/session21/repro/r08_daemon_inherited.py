# CPython: a thread started by a daemon thread is a daemon (Thread's default daemon is its creator's), so the
# program ends at main's end without waiting for it: written == 0 (harness.py: ok written=0, 10/10).
# weft explore says "complete within a 20ms time window" with written=1 only (it waits for the inner thread).
import threading
import time

written = 0
started = threading.Event()


def late_writer():
    global written
    time.sleep(0.2)
    written = 1


def supervisor():
    threading.Thread(target=late_writer).start()
    started.set()


threading.Thread(target=supervisor, daemon=True).start()
started.wait()
