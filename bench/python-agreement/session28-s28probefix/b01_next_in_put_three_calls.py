# next(counter) in a put of a function called three times, then twice more at module level (PriorityQueue)
import itertools
import queue
import threading

jobs: queue.PriorityQueue = queue.PriorityQueue()
counter = itertools.count()


def submit(priority: int, name: str) -> None:
    jobs.put((priority, next(counter), name))


def worker() -> None:
    while True:
        priority, order, name = jobs.get()
        if name == "stop":
            break
        print(priority, order, name)


submit(2, "b")
submit(1, "a")
submit(2, "c")
jobs.put((9, next(counter), "stop"))
t = threading.Thread(target=worker)
t.start()
t.join()
last = next(counter)
print(last)
assert last == 4
