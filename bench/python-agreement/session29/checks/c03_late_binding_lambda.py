# the lambda reads i when the thread runs, not when it is made
import threading

seen = []
lock = threading.Lock()


def record(value):
    with lock:
        seen.append(value)


threads = []
for i in range(3):
    t = threading.Thread(target=lambda: record(i))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
total = sum(seen)
print(seen, total)
