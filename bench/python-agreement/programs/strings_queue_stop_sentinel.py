"""A producer puts named jobs and then the string "stop"; the consumer takes them until it sees "stop"
and counts what it took and remembers the last job's name."""
import queue
import threading

q = queue.Queue()
taken = 0
last = ""


def producer():
    for job in ("build", "test", "ship"):
        q.put(job)
    q.put("stop")


def consumer():
    global taken, last
    while True:
        item = q.get()
        if item == "stop":
            break
        taken += 1
        last = item


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(taken, last)
