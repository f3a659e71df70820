# Check: `lambda i=i:` captures each value; threads started from a loop with a lambda target. Bug: none.
import threading

vals = []
lock = threading.Lock()


def record(v):
    with lock:
        vals.append(v)


threads = []
for i in range(3):
    threads.append(threading.Thread(target=lambda i=i: record(i * 7)))
for t in threads:
    t.start()
for t in threads:
    t.join()
vals.sort()
print(f"vals={vals}")
