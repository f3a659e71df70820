# str(total // n) inside print, n taken from a queue: 0 the second time (ZeroDivisionError kills the
# thread before its append). Before session 26 the division was dropped with print's other work.
import queue
import threading

sizes = queue.Queue()
means = []


def worker(total):
    for _ in range(2):
        n = sizes.get()
        print("mean " + str(total // n))
        means.append(n)


sizes.put(4)
sizes.put(0)
t = threading.Thread(target=worker, args=(20,))
t.start()
t.join()
print(means)
