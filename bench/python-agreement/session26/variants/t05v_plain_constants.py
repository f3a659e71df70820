import enum
import threading
from itertools import count


class State:
    NEW = "new"
    RUNNING = "running"
    DONE = "done"


job_ids = count(1)
id_lock = threading.Lock()
finished: dict[int, int] = {}


class Worker(threading.Thread):
    def __init__(self, name: str, jobs: int, scale: int = 1) -> None:
        super().__init__(name=name)
        self.jobs = jobs
        self.scale = scale
        self.state = State.NEW

    def run(self) -> None:
        self.state = State.RUNNING
        for _ in range(self.jobs):
            with id_lock:
                job_id = next(job_ids)
            finished[job_id] = job_id * self.scale
        self.state = State.DONE


workers = [Worker(f"w{i}", jobs=2, scale=i + 1) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()

done_count = sum(1 for w in workers if w.state is State.DONE)
job_count = len(finished)
ids_sorted = sorted(finished)
print(f"done={done_count} jobs={job_count} ids={ids_sorted}")
assert ids_sorted == [1, 2, 3, 4, 5, 6]
