# A division by a count that may be zero, caught; a sleep of a run-time true division.
import threading
import time

count = 0
messages = []
lock = threading.Lock()


def worker(n):
    global count
    time.sleep(n / 3000)
    with lock:
        count += n


def report(total):
    try:
        messages.append(f"rate={total / count:.3f}")
    except ZeroDivisionError:
        messages.append("error")


report(10)
threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
report(10)
print(messages)
