# Floats given to threads as arguments: kept in a list, printed in an f-string, compared with ints.
import threading

results = []
labels = []
lock = threading.Lock()


def record(name, seconds):
    with lock:
        results.append(seconds)
        labels.append(f"{name} took {seconds}s")


threads = [
    threading.Thread(target=record, args=("a", 0.1)),
    threading.Thread(target=record, args=("b", 1e-05)),
    threading.Thread(target=record, args=("c", 2.0)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
whole = 0
for r in results:
    if r == 2:
        whole = whole + 1
fast = 0
for r in results:
    if r < 1:
        fast = fast + 1
print(sorted(results), labels, whole, fast)
