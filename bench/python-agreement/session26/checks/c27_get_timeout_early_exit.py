import queue
import threading
import time

q: "queue.Queue[int]" = queue.Queue()
received: list[int] = []
gave_up = 0


def slow_producer() -> None:
    for i in range(3):
        time.sleep(0.03)
        q.put(i)


def impatient_consumer() -> None:
    global gave_up
    while True:
        try:
            received.append(q.get(timeout=0.045))
        except queue.Empty:
            gave_up = 1
            return


threads = [threading.Thread(target=slow_producer), threading.Thread(target=impatient_consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(received)
left = q.qsize()
print(received, gave_up, left)
