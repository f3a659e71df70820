import threading
import time

elapsed_ms = 0
slow = 0


def job() -> None:
    time.sleep(0.03)


start = time.monotonic()
threads = [threading.Thread(target=job) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed_ms = int((time.monotonic() - start) * 1000)
if elapsed_ms >= 30:
    slow = 1
print(elapsed_ms, slow)
