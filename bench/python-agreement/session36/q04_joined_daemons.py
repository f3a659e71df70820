# A thumbnail service: daemon workers take image jobs from a queue and mark each done; the main thread
# waits on queue.join() and then reads the results (the daemons are never joined).
import queue
import threading
import time

jobs = queue.Queue()
thumbnails = {}
sizes_lock = threading.Lock()
bytes_saved = 0
IMAGES = {"cat.png": 1200, "dog.jpg": 800, "sky.png": 2000, "map.gif": 500}


def resize(name, size):
    time.sleep(0.001)
    return size // 4


def worker(worker_id):
    global bytes_saved
    while True:
        name = jobs.get()
        try:
            small = resize(name, IMAGES[name])
            with sizes_lock:
                thumbnails[name] = small
                bytes_saved += IMAGES[name] - small
        finally:
            jobs.task_done()


for i in range(3):
    threading.Thread(target=worker, args=(i,), daemon=True).start()
for name in IMAGES:
    jobs.put(name)
jobs.join()

print(f"thumbnails={dict(sorted(thumbnails.items()))} saved={bytes_saved} pending={jobs.unfinished_tasks}")
