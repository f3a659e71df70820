# Truth of values taken at run time.
import queue
import threading

q = queue.Queue()
truths = []


def worker():
    for _ in range(6):
        v = q.get()
        truths.append(1 if v else 0)
        truths.append(int(not v))
        truths.append(int(bool(v)))


for v in [0, "", "0", 0.0, -0.0, None]:
    q.put(v)
t = threading.Thread(target=worker)
t.start()
t.join()
print(truths)
