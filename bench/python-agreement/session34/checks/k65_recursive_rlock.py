# A recursive walk that takes an RLock at each level, in two threads.
import threading

rlock = threading.RLock()
visits = []


def walk(name, depth):
    with rlock:
        visits.append(f"{name}{depth}")
        if depth > 0:
            walk(name, depth - 1)


threads = [threading.Thread(target=walk, args=(n, 2)) for n in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(visits)
