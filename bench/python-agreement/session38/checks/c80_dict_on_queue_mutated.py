# A dict put on a queue and then changed by the producer: the consumer reads the same dict.
import queue
import threading

log = []
q = queue.Queue()


def producer():
    job = {"id": 1, "state": "new"}
    q.put(job)
    job["state"] = "sent"


def consumer():
    job = q.get()
    log.append(job["state"])


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
