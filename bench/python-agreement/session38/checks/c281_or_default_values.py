# ordered
# `x or default` with run-time values: "" and 0 and None fall back, "0" and -1 do not.
import queue
import threading

log = []
q = queue.Queue()


def worker():
    for _ in range(5):
        item = q.get()
        log.append(item or "default")


t = threading.Thread(target=worker)
t.start()
for item in ["", "0", 0, None, -1]:
    q.put(item)
t.join()
print(log)
