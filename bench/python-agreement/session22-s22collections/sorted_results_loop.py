"""Workers append (name, size) pairs; main walks sorted(results) after the joins (session21/q02's form)."""
import threading

results = []
order = []
sizes = []
lock = threading.Lock()


def worker(name, size):
    with lock:
        results.append((name, size))


threads = [threading.Thread(target=worker, args=(n, s)) for n, s in [("b", 2), ("a", 3), ("b", 1), ("a", 3)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name, size in sorted(results):
    order.append(name)
    sizes.append(size)
