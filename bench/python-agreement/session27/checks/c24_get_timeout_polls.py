"""A poller with get(timeout=) counts its empty polls before a slow producer's item arrives."""
import queue
import threading
import time

q: queue.Queue = queue.Queue()
empty_polls = 0
got: list[str] = []


def poller() -> None:
    global empty_polls
    while not got:
        try:
            got.append(q.get(timeout=0.02))
        except queue.Empty:
            empty_polls += 1


def producer() -> None:
    time.sleep(0.05)
    q.put("job")


threads = [threading.Thread(target=poller), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(empty_polls, got)
