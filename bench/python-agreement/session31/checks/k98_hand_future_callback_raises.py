# a done callback that raises is logged by CPython and the next callback still runs; result() is unaffected
import threading
from concurrent.futures import Future

fut = Future()
log = []


def bad(f):
    log.append("bad")
    raise RuntimeError("callback failed")


def good(f):
    log.append(f"good {f.result()}")


fut.add_done_callback(bad)
fut.add_done_callback(good)


def setter():
    fut.set_result(5)
    log.append("set")


t = threading.Thread(target=setter)
t.start()
value = fut.result()
t.join()
print(value, log)
