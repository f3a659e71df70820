# Lambdas made in a comprehension all read the last i when they run (late binding).
import threading

seen = []
lock = threading.Lock()


def record(i):
    with lock:
        seen.append(i)


callbacks = [lambda: record(i) for i in range(3)]
threads = [threading.Thread(target=cb) for cb in callbacks]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
