"""Daemon workers make thumbnails from a joined Queue; results go to a dict under a lock."""
import queue
import threading
import time

tasks = queue.Queue()
sizes = {}
sizes_lock = threading.Lock()


def thumbnail_worker(worker_id):
    while True:
        name, width, height = tasks.get()
        try:
            time.sleep(0.001)
            scale = 100 / max(width, height)
            thumb = (round(width * scale), round(height * scale))
            with sizes_lock:
                sizes[name] = thumb
        finally:
            tasks.task_done()


for i in range(3):
    threading.Thread(target=thumbnail_worker, args=(i,), daemon=True).start()

photos = [("beach.jpg", 400, 300), ("cat.png", 200, 200), ("tower.jpg", 300, 600), ("map.gif", 800, 200)]
for photo in photos:
    tasks.put(photo)
tasks.join()
for name in sorted(sizes):
    print(f"{name}: {sizes[name][0]}x{sizes[name][1]}")
print("unfinished:", tasks.unfinished_tasks)
