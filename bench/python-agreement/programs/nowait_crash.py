"""Workers call get_nowait() without a try: the one that finds the queue empty dies with queue.Empty."""
import queue
import threading

tasks = queue.Queue()
done = 0
for n in range(3):
    tasks.put(n)


def worker():
    global done
    for _ in range(2):
        item = tasks.get_nowait()
        done += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done:", done)
