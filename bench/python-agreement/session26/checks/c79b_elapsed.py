import threading
import time


slow = 0


def job() -> None:
    time.sleep(0.03)


start = time.monotonic()
threads = [threading.Thread(target=job) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
if elapsed >= 0.03:
    slow = 1
print(slow)
