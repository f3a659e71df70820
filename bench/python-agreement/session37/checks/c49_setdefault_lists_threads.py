import threading

groups = {}
lock = threading.Lock()


def add(key, value):
    with lock:
        groups.setdefault(key, []).append(value)


threads = [threading.Thread(target=add, args=a) for a in (("a", 1), ("b", 2), ("a", 3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log = [(k, sorted(v)) for k, v in sorted(groups.items())]
print(log)  # ordered
