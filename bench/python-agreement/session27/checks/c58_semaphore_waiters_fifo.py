"""threading.Semaphore: blocked acquirers are released in the order they blocked."""
import threading
import time

sem = threading.Semaphore(0)
order: list[str] = []


def worker(name: str) -> None:
    with sem:
        order.append(name)


threads = []
for name in ("x", "y", "z"):
    t = threading.Thread(target=worker, args=(name,))
    t.start()
    threads.append(t)
    time.sleep(0.01)
for _ in range(3):
    sem.release()
    time.sleep(0.005)
for t in threads:
    t.join()
print(order)
