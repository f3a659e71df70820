# Four threads each sleep 50ms (I/O), then the main thread sleeps 20ms: about 70ms in all.
import threading
import time

finished = 0
lock = threading.Lock()


def download(seconds):
    global finished
    time.sleep(seconds)
    with lock:
        finished += 1


threads = [threading.Thread(target=download, args=(0.05,)) for _ in range(4)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
time.sleep(0.02)
print("finished", finished, f"{(time.perf_counter() - start) * 1000:.1f}ms")
