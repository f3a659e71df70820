# cancel() of a running pool future returns False; of a queued one True.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
flags = []


def slow():
    started.set()
    time.sleep(0.03)
    return 1


ex = ThreadPoolExecutor(1)
a = ex.submit(slow)
b = ex.submit(slow)
started.wait()
flags.append(1 if a.cancel() else 0)
flags.append(1 if b.cancel() else 0)
ex.shutdown()
print(flags)
