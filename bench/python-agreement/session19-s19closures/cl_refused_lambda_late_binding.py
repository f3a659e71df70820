# Lambdas made in a comprehension all read the last i when they run (late binding).
# CPython 3.11.7 (10 runs): [2, 2, 2] every run. weft import: refused at the lambda's read of i (14:29), naming i=i and functools.partial.
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
