# One thread computes (about 40 ms of CPU), another sleeps 40 ms: they overlap, about 40-45 ms in all
import threading
import time

state = {"cpu": 0, "io": 0}


def compute():
    total = 0
    for i in range(370000):  # weft: cpu 40ms
        total += i & 3
    state["cpu"] = total


def wait_for_disk():
    time.sleep(0.04)
    state["io"] = 1


workers = [threading.Thread(target=compute), threading.Thread(target=wait_for_disk)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("state:", state)
