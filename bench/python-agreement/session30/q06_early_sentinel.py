# BUG: the first producer to finish sends the stop sentinel, so the consumer can stop before the second producer's items arrive
import queue
import threading
import time

DONE = "DONE"
q = queue.Queue()
received = []
finished_producers = 0
count_lock = threading.Lock()


def producer(prefix, n, delay):
    global finished_producers
    for i in range(n):
        time.sleep(delay)
        q.put(f"{prefix}{i}")
    with count_lock:
        finished_producers += 1
    # wrong: should only send DONE when ALL producers are finished
    q.put(DONE)


def consumer():
    while True:
        item = q.get()
        if item == DONE:
            return
        received.append(item)


producers = [
    threading.Thread(target=producer, args=("a", 2, 0.001)),
    threading.Thread(target=producer, args=("b", 2, 0.002)),
]
reader = threading.Thread(target=consumer)
reader.start()
for p in producers:
    p.start()
for p in producers:
    p.join()
reader.join()

print("received:", len(received), "of", 4, "left in queue:", q.qsize())
