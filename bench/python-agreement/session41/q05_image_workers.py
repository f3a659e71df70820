# bug: only one sentinel for two workers; the second worker would block forever, so its get has a timeout
import queue
import threading
import time

tasks = queue.Queue()
done = []
timed_out = []
lock = threading.Lock()


def worker(wid):
    while True:
        try:
            item = tasks.get(timeout=0.05)
        except queue.Empty:
            with lock:
                timed_out.append(wid)
            return
        if item is None:
            return
        name, w, h = item
        time.sleep(0.001)
        with lock:
            done.append(f"{name}:{w // 2}x{h // 2}")


workers = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for w in workers:
    w.start()
for img in [("cat.png", 800, 600), ("dog.png", 640, 480), ("sun.jpg", 1024, 768)]:
    tasks.put(img)
tasks.put(None)
for w in workers:
    w.join()
print(f"done={sorted(done)} timed_out={len(timed_out)}")
