"""A bounded queue between a producer and two consumers; the consumers add to a total without a lock."""
import queue
import threading

ITEMS = 4
jobs = queue.Queue(maxsize=2)
total = 0
handled = 0


def produce():
    for item in range(1, ITEMS + 1):
        jobs.put(item)
    jobs.put(-1)
    jobs.put(-1)


def consume():
    global total, handled
    while True:
        item = jobs.get()
        if item < 0:
            jobs.task_done()
            break
        total += item  # the bug: two consumers, no lock
        handled += 1
        jobs.task_done()


threads = [threading.Thread(target=produce), threading.Thread(target=consume), threading.Thread(target=consume)]
for thread in threads:
    thread.start()
jobs.join()
for thread in threads:
    thread.join()
print("total:", total, "handled:", handled)
