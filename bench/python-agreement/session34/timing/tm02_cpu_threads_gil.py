# Two threads each do 20ms of CPU work four times (the GIL serialises them) plus a 10ms sleep between rounds.
import threading
import time

rounds_done = 0
lock = threading.Lock()


def crunch():  # weft: cpu 20ms
    end = time.perf_counter() + 0.02
    x = 0
    while time.perf_counter() < end:
        x += 1
    return x


def worker():
    global rounds_done
    for _ in range(4):
        crunch()
        time.sleep(0.01)
        with lock:
            rounds_done += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("rounds", rounds_done)
