import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

events = []
events_lock = threading.Lock()


def resize(image, delay):
    time.sleep(delay)
    if image == "broken.png":
        raise IOError("cannot decode")
    return f"thumb-{image}"


def on_done(future):
    with events_lock:
        if future.exception() is not None:
            events.append(("error", type(future.exception()).__name__))
        else:
            events.append(("ok", future.result()))


jobs = {"a.png": 0.001, "broken.png": 0.002, "c.png": 0.004}
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = []
    for image, delay in jobs.items():
        future = pool.submit(resize, image, delay)
        future.add_done_callback(on_done)
        futures.append(future)
    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    first = sum(1 for f in done if f.exception() is None)

print("first batch:", first)
print("events:", sorted(events))
