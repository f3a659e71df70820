# A registry adds a done callback to each finished future while it holds its RLock; CPython runs the
# callback at once in the adding thread, which re-enters the RLock: every entry comes before "added".
import threading
from concurrent.futures import ThreadPoolExecutor, wait

registry_lock = threading.RLock()
log = []


def square(n):
    return n * n


def on_done(fut):
    with registry_lock:
        log.append(fut.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(square, n) for n in range(3)]
    wait(futures)
    with registry_lock:
        for fut in futures:
            fut.add_done_callback(on_done)
        log.append("added")
print(log)
