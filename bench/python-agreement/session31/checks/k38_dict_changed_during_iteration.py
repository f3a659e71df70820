# a thread walks a module dict while another adds a key: CPython raises RuntimeError in the walker
import threading
import time

scores = {"a": 1, "b": 2}
walked = 0
error = 0


def walker():
    global walked, error
    try:
        for name in scores:
            walked += 1
            time.sleep(0.002)
    except RuntimeError:
        error = 1


def adder():
    time.sleep(0.001)
    scores["c"] = 3


ts = [threading.Thread(target=walker), threading.Thread(target=adder)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(walked, error, len(scores))
