import queue
import threading
import time

STOP = None
handoff = queue.Queue()
done = []


def reader():
    for i in range(5):
        time.sleep(0.01)
        handoff.put(i)
    handoff.put(STOP)


def writer():
    while (item := handoff.get()) is not STOP:
        time.sleep(0.015)
        done.append(item)


threads = [threading.Thread(target=reader), threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(done)
