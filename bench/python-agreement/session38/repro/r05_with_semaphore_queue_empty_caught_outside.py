# SILENT ERROR. CPython (every run): ['empty', 'again']. weft (start binary): `deadlock` alone, "complete".
# queue.Empty from `q.get(timeout=...)` inside `with sem:`, caught outside the `with`: never released in
# weft (same cause as r04). Also a future's `result(timeout=)` TimeoutError (checks/c126) and
# `wait_for(q.get(), t)` in a coroutine (checks/c127), `asyncio.timeout()` (checks/c123).
import queue
import threading

log = []
sem = threading.Semaphore(1)
q = queue.Queue()


def worker():
    try:
        with sem:
            q.get(timeout=0.01)
    except queue.Empty:
        log.append("empty")
    with sem:
        log.append("again")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
