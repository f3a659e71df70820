"""One thread walks a dict while another adds keys: RuntimeError in the walker, or not, by timing."""
import threading
import time

stock = {"a": 1, "b": 2}
walked = []
errors = []


def walker():
    try:
        for key in stock:
            walked.append(key)
            time.sleep(0.001)
    except RuntimeError:
        errors.append("changed")


def adder():
    time.sleep(0.0015)
    stock["c"] = 3


threads = [threading.Thread(target=walker), threading.Thread(target=adder)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(walked, errors)
