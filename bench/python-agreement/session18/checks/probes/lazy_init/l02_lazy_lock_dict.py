import threading

locks = {}
registry_lock = threading.Lock()
made = 0


def lock_for(key):
    global made
    with registry_lock:
        if key not in locks:
            locks[key] = threading.Lock()
            made += 1
        return locks[key]


def worker(key):
    with lock_for(key):
        pass


threads = [threading.Thread(target=worker, args=(k,)) for k in ("a", "a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
