import threading
import time

slow = -1
fast = -1


def timed() -> None:
    global slow, fast
    start = time.monotonic()
    time.sleep(0.05)
    slow = int(time.monotonic() - start >= 0.04)
    begin = time.perf_counter()
    fast = int(time.perf_counter() - begin < 0.04)


t = threading.Thread(target=timed)
t.start()
t.join()
print(slow, fast)
assert slow == 1 and fast == 1
