# weft's own error ("does not load"): a locked id generator `make_id()` called inside `q.put((p, make_id()))` in a function called twice and once at module level
import queue
import threading

jobs: queue.Queue = queue.Queue()
counter = 0
lock = threading.Lock()


def make_id() -> int:
    global counter
    with lock:
        counter += 1
        return counter


def submit(priority: int) -> None:
    jobs.put((priority, make_id()))


submit(3)
submit(1)
jobs.put((9, make_id()))
ids = [jobs.get()[1] for _ in range(3)]
print(ids)
assert ids == [1, 2, 3]
