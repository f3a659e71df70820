"""A worker polls a hand-made Future with done() while the main thread computes and sets it; two
callbacks, one a closure a factory makes, run in the order they were added."""
import threading
import time
from concurrent.futures import Future

ready = Future()
polls = 0
order = []


def make_logger(tag):
    def log(fut):
        order.append(tag)
    return log


def first(fut):
    order.append(fut.result())


def poller():
    global polls
    while not ready.done():
        polls += 1
        time.sleep(0.002)
    order.append(-1)


ready.add_done_callback(first)
ready.add_done_callback(make_logger(2))
watcher = threading.Thread(target=poller)
watcher.start()
time.sleep(0.005)
ready.set_result(1)
watcher.join()
print(f"order={order} polled={polls > 0}")
assert len(order) == 3 and order[0] != 2 and order[2] != 1
