# Timing: four download threads, each sleeps for its latency then for a shared 20 ms post-processing
# wait; the makespan is the slowest thread's two sleeps.
import threading
import time

LATENCY_MS = {"a": 40, "b": 25, "c": 60, "d": 10}
finished = []


def download(name):
    time.sleep(LATENCY_MS[name] / 1000)
    time.sleep(0.020)
    finished.append(name)


threads = [threading.Thread(target=download, args=(n,)) for n in LATENCY_MS]
for t in threads:
    t.start()
for t in threads:
    t.join()
done = len(finished)
print(f"done={done} last={finished[-1]}")
