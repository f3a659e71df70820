# done callbacks see a job's implicit exception through f.exception()
import threading
from concurrent.futures import ThreadPoolExecutor

failures = 0
values = []
lock = threading.Lock()
table = {"a": 1}


def lookup(key):
    return table[key] * 10


def on_done(f):
    global failures
    with lock:
        if f.exception() is not None:
            failures += 1
        else:
            values.append(f.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    for key in ["a", "b", "a"]:
        pool.submit(lookup, key).add_done_callback(on_done)
print(failures, sorted(values))
