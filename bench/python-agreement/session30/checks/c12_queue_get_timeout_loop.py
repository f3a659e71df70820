import queue
import threading
import time

q = queue.Queue()
polls = 0
got = []


def consumer():
    global polls
    while len(got) < 2:
        try:
            got.append(q.get(timeout=0.004))
        except queue.Empty:
            polls += 1


def producer():
    for n in (1, 2):
        time.sleep(0.006)
        q.put(n)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got, polls)
