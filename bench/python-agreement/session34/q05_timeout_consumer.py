# A consumer that polls with a timeout and gives up after two idle polls; the producer is quick so nothing is lost.
import queue
import threading
import time

inbox = queue.Queue()
received = []
idle_polls = 0


def producer():
    for n in range(1, 4):
        inbox.put(n * 10)
        time.sleep(0.002)
    inbox.put("done")


def consumer():
    global idle_polls
    while True:
        try:
            message = inbox.get(timeout=0.05)
        except queue.Empty:
            idle_polls += 1
            if idle_polls >= 2:
                break
            continue
        if message == "done":
            break
        received.append(message)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("received", received, "idle", idle_polls)
