# Expected: join(timeout) returns before the slow worker ends, so timed_out = 1 and result is still 0 at that point; the worker later sets result = 7.
import threading
import time

result = 0
timed_out = 0
seen_at_timeout = -1


def slow():
    global result
    time.sleep(0.1)
    result = 7


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.02)
if t.is_alive():
    timed_out = 1
    seen_at_timeout = result
t.join()
print(timed_out, seen_at_timeout, result)
