"""Event.wait(timeout) returns False on a time-out, True once set."""
import threading
import time

ready = threading.Event()
seen = []


def early():
    seen.append(("early", ready.wait(0.005)))


def late():
    seen.append(("late", ready.wait(1)))


def setter():
    time.sleep(0.03)
    ready.set()


threads = [threading.Thread(target=f) for f in (early, late, setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
early_result = [v for name, v in seen if name == "early"][0]
late_result = [v for name, v in seen if name == "late"][0]
print(early_result, late_result)
