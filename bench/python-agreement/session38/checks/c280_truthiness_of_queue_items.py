# ordered
# Truth of run-time values taken from a queue: "", "0", 0, 0.0, None, -1, "False".
import queue
import threading

log = []
q = queue.Queue()


def worker():
    while True:
        item = q.get()
        if item == "stop":
            break
        log.append("T" if item else "F")
        log.append("n" if not item else "y")


t = threading.Thread(target=worker)
t.start()
for item in ["", "0", 0, 0.0, None, -1, "False", 2.5]:
    q.put(item)
q.put("stop")
t.join()
print(log)
