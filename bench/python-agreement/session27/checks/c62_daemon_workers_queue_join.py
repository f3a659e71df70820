"""The queue docs' pattern: daemon workers loop forever on get(); main waits with q.join() and exits."""
import queue
import threading

q: queue.Queue = queue.Queue()
done: list[int] = []
lock = threading.Lock()


def worker() -> None:
    while True:
        item = q.get()
        with lock:
            done.append(item * 10)
        q.task_done()


for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()
for item in range(4):
    q.put(item)
q.join()
count = len(done)
print(sorted(done))
