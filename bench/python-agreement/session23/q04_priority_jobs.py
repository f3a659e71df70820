import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


def main():
    jobs = queue.PriorityQueue()
    for prio, name in [(3, "backup"), (1, "page-oncall"), (2, "deploy"), (1, "alert")]:
        jobs.put(Job(prio, name))
    order = []

    def runner():
        while True:
            try:
                job = jobs.get_nowait()
            except queue.Empty:
                return
            order.append((job.priority, job.name))

    t = threading.Thread(target=runner)
    t.start()
    t.join()
    print(order)


main()
