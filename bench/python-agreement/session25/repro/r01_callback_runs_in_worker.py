# SILENT ERROR (weft-start): a done-callback runs in the pool's worker thread (CPython), so while it
# blocks, the one-worker pool cannot start `second`: CPython always ends with heard=[False] (first=False).
# weft imports the callback as a thread of its own, lets `second` run, and lists only heard=[True],
# "complete".
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
ready = threading.Event()
heard = []


def on_done(future):
    heard.append(ready.wait(0.2))


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
first = heard[0]  # a scalar, which agree.py compares (a list of bools it does not)
print(heard)
