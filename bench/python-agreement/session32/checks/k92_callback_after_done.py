# add_done_callback on a future already done runs the callback at once, in the calling thread.
import threading
from concurrent.futures import ThreadPoolExecutor

order = []


def cb(f):
    order.append("cb")


with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: 1)
    f.result()
    f.add_done_callback(cb)
    order.append("after")
print(order)
