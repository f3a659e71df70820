import queue
import threading

q: "queue.Queue[int]" = queue.Queue()
timed_out = 0
got = 0


def producer() -> None:
    total = 0
    for i in range(300000):
        total += i
    q.put(total % 1000)


def consumer() -> None:
    global timed_out, got
    try:
        got = q.get(timeout=0.005)
    except queue.Empty:
        timed_out = 1


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(timed_out, got)
