# Three threads each wait on a slow device (sleeps only); the makespan is the longest wait, about 30ms.
import threading
import time

finished = []


def device(name, delay_s):
    time.sleep(delay_s)
    finished.append(name)


threads = [threading.Thread(target=device, args=(n, d)) for n, d in [("disk", 0.02), ("net", 0.03), ("gpu", 0.01)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(finished))
