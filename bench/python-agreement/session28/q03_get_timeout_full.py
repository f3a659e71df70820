import queue
import threading
import time

inbox: queue.Queue[int] = queue.Queue(maxsize=3)
received: list[int] = []
dropped = 0
idle_exits = 0


def producer() -> None:
    global dropped
    for i in range(6):
        try:
            inbox.put_nowait(i)
        except queue.Full:
            dropped += 1
    time.sleep(0.02)
    for i in range(6, 8):
        inbox.put(i, timeout=0.1)


def consumer() -> None:
    global idle_exits
    time.sleep(0.01)  # start late so the queue fills
    while True:
        try:
            item = inbox.get(timeout=0.1)
        except queue.Empty:
            idle_exits += 1
            return
        received.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"received={received} dropped={dropped} idle_exits={idle_exits}")
assert received == [0, 1, 2, 6, 7] and dropped == 3
