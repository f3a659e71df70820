# A worker builds its own list of callbacks (one per step), then runs them; the main thread joins both workers
import threading

lock = threading.Lock()
log = []


def record(worker, step):
    with lock:
        log.append(worker * 10 + step)


def worker(wid):
    steps = []
    for step in range(3):
        steps.append(lambda step=step: record(wid, step))
    for run in steps:
        run()


workers = [threading.Thread(target=worker, args=(w,)) for w in (1, 2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("log:", sorted(log), "count:", len(log))
