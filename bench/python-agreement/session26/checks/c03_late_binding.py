import threading
import time

seen: list[int] = []
lock = threading.Lock()


def record(value: int) -> None:
    with lock:
        seen.append(value)


threads = []
for i in range(3):
    t = threading.Thread(target=lambda: record(i))
    threads.append(t)
    t.start()
    time.sleep(0.01)
for t in threads:
    t.join()
total = sum(seen)
print(seen, total)
