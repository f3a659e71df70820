"""A job scheduler on a PriorityQueue: (priority, seq, name) tuples, one dispatcher thread."""
import itertools
import queue
import threading

jobs = queue.PriorityQueue()
counter = itertools.count()
run_order = []


def submit(priority, name):
    jobs.put((priority, next(counter), name))


def dispatcher():
    while True:
        priority, _, name = jobs.get()
        if name == "shutdown":
            break
        run_order.append(name)


if __name__ == "__main__":
    submit(5, "report")
    submit(1, "page-oncall")
    submit(3, "backup")
    submit(1, "restart-db")
    submit(9, "shutdown")
    t = threading.Thread(target=dispatcher)
    t.start()
    t.join()
    assert run_order == ["page-oncall", "restart-db", "backup", "report"], run_order
