import threading
import time

durations = {"db": 0.03, "cache": 0.01, "api": 0.05, "disk": 0.02}
finished = []


def io_task(name):
    time.sleep(durations[name])
    finished.append(name)


threads = [threading.Thread(target=io_task, args=(n,)) for n in durations]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print("finished:", finished)
print(f"wall: {elapsed * 1000:.1f} ms")
