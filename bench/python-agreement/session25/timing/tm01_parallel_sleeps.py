import threading
import time

delays = {"dns": 0.05, "tls": 0.03, "fetch": 0.08}
finished = []


def step(name, delay):
    time.sleep(delay)
    finished.append(name)


start = time.monotonic()
threads = [threading.Thread(target=step, args=item) for item in delays.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(finished)
