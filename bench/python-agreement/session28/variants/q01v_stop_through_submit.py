import itertools
import queue
import threading

jobs: queue.PriorityQueue[tuple[int, int, str]] = queue.PriorityQueue()
sequence = itertools.count()
order: list[int] = []
names: list[str] = []
STOP = 99


def submit(priority: int, name: str) -> None:
    jobs.put((priority, next(sequence), name))


def worker() -> None:
    while True:
        priority, seq, name = jobs.get()
        if priority == STOP:
            jobs.task_done()
            break
        order.append(seq)
        names.append(name)
        jobs.task_done()


for priority, name in [(3, "backup"), (1, "page-oncall"), (2, "email"), (1, "restart"), (3, "cleanup")]:
    submit(priority, name)
submit(STOP, "stop")

t = threading.Thread(target=worker, daemon=True)
t.start()
jobs.join()
t.join()

print(" -> ".join(names))
assert order == [1, 3, 2, 0, 4]
