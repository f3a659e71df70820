# a concurrent.futures.Future made by hand, set by a worker thread; a done callback and the main thread race
import threading
from concurrent.futures import Future

fut = Future()
log = []


def on_done(f):
    log.append(f"cb {f.result()}")


def worker():
    log.append("worker")
    fut.set_result(42)
    log.append("after set")


fut.add_done_callback(on_done)
t = threading.Thread(target=worker)
t.start()
value = fut.result()
log.append("main")
t.join()
print(value, log)
