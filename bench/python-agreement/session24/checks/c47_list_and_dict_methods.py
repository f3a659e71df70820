"""List and dict methods on shared state under a lock: pop(0), insert, remove, setdefault, pop with default."""
import threading

tasks = ["a", "b", "c", "d"]
groups = {}
lock = threading.Lock()
missing = 0


def worker():
    global missing
    while True:
        with lock:
            if not tasks:
                return
            name = tasks.pop(0)
            groups.setdefault(name in "ab", []).append(name)
            if groups.pop("zzz", None) is None:
                missing += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
early = len(groups[True])
late = len(groups[False])
print(early, late, missing)
