import threading
from concurrent.futures import ThreadPoolExecutor
started = threading.Event()
gate = threading.Event()
def job():
    started.set()
    gate.wait()
    return 2
with ThreadPoolExecutor(1) as pool:
    f = pool.submit(job)
    started.wait()
    ok = f.cancel()
    gate.set()
    value = f.result()
print(ok, value)
