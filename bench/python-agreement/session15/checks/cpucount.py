import os
import threading

n_workers = os.cpu_count()
started = 0
lock = threading.Lock()


def work():
    global started
    with lock:
        started += 1


threads = [threading.Thread(target=work) for _ in range(n_workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
