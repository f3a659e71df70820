# A PriorityQueue of (priority, name) jobs handled by one worker after all are queued.
import queue
import threading

JOBS = [(3, "cleanup"), (1, "backup"), (2, "report"), (1, "alerts")]

jobs = queue.PriorityQueue()
handled_order = []
start = threading.Event()


def worker():
    start.wait()
    while True:
        try:
            priority, name = jobs.get_nowait()
        except queue.Empty:
            break
        handled_order.append(f"{priority}:{name}")


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    for priority, name in JOBS:
        jobs.put((priority, name))
    start.set()
    t.join()
    assert handled_order == ["1:alerts", "1:backup", "2:report", "3:cleanup"]
