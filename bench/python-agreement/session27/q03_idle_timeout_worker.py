"""A worker that exits after being idle: get(timeout=) raising queue.Empty ends its loop."""
import queue
import threading
import time

inbox: queue.Queue = queue.Queue()
handled: list[str] = []
idle_exits = 0


def worker() -> None:
    global idle_exits
    while True:
        try:
            msg = inbox.get(timeout=0.05)
        except queue.Empty:
            idle_exits += 1
            return
        handled.append(msg.upper())


def producer() -> None:
    for msg in ("ping", "pong", "ack"):
        inbox.put(msg)
        time.sleep(0.01)


threads = [threading.Thread(target=worker), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"handled={handled} idle_exits={idle_exits}")
assert handled == ["PING", "PONG", "ACK"]
assert idle_exits == 1
