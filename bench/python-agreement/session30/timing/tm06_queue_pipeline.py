import queue
import threading
import time

stage_q = queue.Queue()
out = []


def producer():
    for i in range(5):
        time.sleep(0.004)  # receive a message
        stage_q.put(i)
    stage_q.put(None)


def consumer():
    while True:
        item = stage_q.get()
        if item is None:
            break
        time.sleep(0.006)  # write it to disk
        out.append(item)


start = time.perf_counter()
threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print("out:", out)
print(f"wall: {elapsed * 1000:.1f} ms")
