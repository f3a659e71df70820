import threading
import time

shutdown = threading.Event()
processed = 0
lock = threading.Lock()
buffer = [1, 2, 3, 4, 5, 6]


def consumer():
    global processed
    while not shutdown.is_set():
        with lock:
            if buffer:
                buffer.pop(0)
                processed += 1
                continue
        time.sleep(0.001)


ts = [threading.Thread(target=consumer) for _ in range(2)]
for t in ts:
    t.start()
time.sleep(0.02)
shutdown.set()
for t in ts:
    t.join()
left = len(buffer)
print(processed, left)
