# a concurrent.futures.Future completed by hand from another thread
import threading
from concurrent.futures import Future

result = 0


def producer(fut):
    fut.set_result(41)


fut = Future()
t = threading.Thread(target=producer, args=(fut,))
t.start()
result = fut.result(timeout=1) + 1
t.join()
print(result)
