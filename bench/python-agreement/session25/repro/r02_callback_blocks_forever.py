# SILENT ERROR (weft-start): the same with a callback that waits without a time-out: CPython hangs
# every run (the one worker is stuck in the callback, `second` never runs); weft says "ok", complete.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
ready = threading.Event()
heard = []


def on_done(future):
    ready.wait()
    heard.append(1)


def first():
    gate.wait()


def second():
    ready.set()


pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(first)
f.add_done_callback(on_done)
pool.submit(second)
gate.set()
pool.shutdown()
print(heard)
