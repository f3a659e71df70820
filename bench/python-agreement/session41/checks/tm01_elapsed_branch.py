# check: a program that measures a sleep with time.monotonic() and branches on the elapsed time
import threading
import time

slow_calls = 0
fast_calls = 0


def call_service():
    global slow_calls, fast_calls
    for _ in range(3):
        start = time.monotonic()
        time.sleep(0.002)
        elapsed = time.monotonic() - start
        if elapsed > 0.0021:
            slow_calls += 1
        else:
            fast_calls += 1


t = threading.Thread(target=call_service)
t.start()
t.join()
print(slow_calls, fast_calls)
