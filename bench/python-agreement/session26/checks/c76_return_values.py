import threading

out: dict = {}
lock = threading.Lock()
import queue
sem = threading.Semaphore(1)
ev = threading.Event()
q: queue.Queue = queue.Queue(maxsize=1)
q.put(5)
cond = threading.Condition()
cond2 = threading.Condition()
rl = threading.RLock()


def compute(key: int, x: int) -> None:
    with cond:
        out[f"{key}_00"] = int(sem.acquire(timeout=0.01))
        out[f"{key}_01"] = int(sem.acquire(blocking=False))
        out[f"{key}_03"] = int(ev.is_set())
        out[f"{key}_04"] = int(q.full())
        out[f"{key}_05"] = int(q.empty())
        out[f"{key}_06"] = q.qsize()
        out[f"{key}_08"] = int(rl.acquire(blocking=False))
        out[f"{key}_09"] = int(cond.wait_for(lambda: x > 5, timeout=0.01))
        out[f"{key}_10"] = int(sem.acquire(timeout=0.01))
        out[f"{key}_11"] = int(lock.acquire(blocking=False))


threads = [threading.Thread(target=compute, args=a) for a in [(1, 1)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
