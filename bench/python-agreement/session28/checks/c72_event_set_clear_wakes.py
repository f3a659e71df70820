import threading
import time

event = threading.Event()
got = -1
flag_after = -1


def waiter() -> None:
    global got
    got = int(event.wait(1.0))  # woken by set(): True, even though clear() came right after


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
event.set()
event.clear()
t.join()
flag_after = int(event.is_set())
print(got, flag_after)
assert got == 1 and flag_after == 0
