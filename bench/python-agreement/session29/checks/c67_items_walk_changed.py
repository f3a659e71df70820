# BUG: walking .items() while another thread deletes a key: RuntimeError
import threading
import time

sessions = {"a": 1, "b": 2, "c": 3}
total = 0
errors = 0


def audit():
    global total, errors
    try:
        for name, n in sessions.items():
            total += n
            time.sleep(0.002)
    except RuntimeError:
        errors += 1


def expire():
    time.sleep(0.001)
    del sessions["c"]


ts = [threading.Thread(target=audit), threading.Thread(target=expire)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total, errors)
