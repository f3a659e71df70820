# check: a concurrent.futures.Future made by hand and resolved by a thread; a done callback sees the value
import threading
from concurrent.futures import Future

seen = []


def resolve(fut):
    fut.set_result(42)


fut = Future()
fut.add_done_callback(lambda f: seen.append(f.result()))
t = threading.Thread(target=resolve, args=(fut,))
t.start()
value = fut.result(timeout=1)
t.join()
