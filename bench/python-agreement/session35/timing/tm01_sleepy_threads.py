"""Three threads poll a slow device three times each (sleeps only)."""
import threading
import time

polls = []


def poll(device, interval_ms):
    for n in range(3):
        time.sleep(interval_ms / 1000)
        polls.append((device, n))


threads = [threading.Thread(target=poll, args=(d, ms)) for d, ms in (("disk", 10), ("fan", 15), ("psu", 20))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("polls:", len(polls))
