import threading
import time

done = 0
lock = threading.Lock()


def download(seconds):
    global done
    time.sleep(seconds)
    with lock:
        done += 1


threads = [threading.Thread(target=download, args=(s,)) for s in (0.10, 0.15, 0.12)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"done={done} in {time.perf_counter() - start:.3f}s")
