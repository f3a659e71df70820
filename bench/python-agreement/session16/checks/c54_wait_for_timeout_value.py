# check: Condition.wait_for(pred, timeout) returns the predicate's value: False when it timed out
import threading
import time

cv = threading.Condition()
ready = False
got = -1


def late_setter():
    global ready
    time.sleep(0.2)
    with cv:
        ready = True
        cv.notify_all()


t = threading.Thread(target=late_setter)
t.start()
with cv:
    got = cv.wait_for(lambda: ready, timeout=0.01)
t.join()
print(got, ready)
