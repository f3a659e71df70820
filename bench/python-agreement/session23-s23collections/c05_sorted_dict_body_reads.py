import threading

sizes = {}
lock = threading.Lock()
seen = []


def put(name, size):
    with lock:
        sizes[name] = size


threads = [threading.Thread(target=put, args=(n, len(n))) for n in ["home", "about", "blog"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(sizes):
    print(name, sizes[name])
    seen.append((name, sizes[name]))
