# BUG: two threads expire the same session with a check-then-act (`if k in d: del d[k]`); when both
# pass the test before either deletes, the second `del` raises KeyError in its thread.
# The dict is a display with string keys (session29/repro/r01's form), which weft now holds as a
# dict that `del` removes from.
import threading
import time

sessions = {"alice": 1, "bob": 2, "carol": 3}
errors = 0


def expire(name):
    global errors
    try:
        if name in sessions:
            time.sleep(0.001)
            del sessions[name]
    except KeyError:
        errors += 1


threads = [threading.Thread(target=expire, args=("bob",)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
left = len(sessions)
print(left, errors, sorted(sessions))
