import threading
from concurrent.futures import ThreadPoolExecutor

log = []
log_lock = threading.Lock()
total = 0


def work(n):
    return n * 3


def on_done(fut):
    global total
    with log_lock:
        log.append(fut.result())
        total += fut.result()


with ThreadPoolExecutor(max_workers=2) as executor:
    for n in (1, 2, 3):
        executor.submit(work, n).add_done_callback(on_done)

print(sorted(log), total)
