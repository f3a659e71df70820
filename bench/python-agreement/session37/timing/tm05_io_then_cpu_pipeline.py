# Timing: a reader waits 8 ms per record, a parser spends 3 ms CPU per record; the stages overlap (about 4 x 8 + 3 ms).
import queue
import threading
import time

records = queue.Queue()
parsed = [0]


def burn(seconds):
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def reader():
    for _ in range(4):
        time.sleep(0.008)
        records.put(1)
    records.put(None)


def parser():
    while records.get() is not None:
        burn(0.003)  # weft: cpu 3ms
        parsed[0] += 1


start = time.perf_counter()
threads = [threading.Thread(target=reader), threading.Thread(target=parser)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed_ms = (time.perf_counter() - start) * 1000
print(f"parsed={parsed[0]} elapsed_ms={elapsed_ms:.1f}")
