# BUG: one thread walks the dict while another adds a key: RuntimeError (dictionary changed size during iteration)
import threading
import time

registry = {1: 10, 2: 20}
errors = 0
walked = 0


def walker():
    global errors, walked
    try:
        for key in registry:
            walked += 1
            time.sleep(0.002)
    except RuntimeError:
        errors += 1


def adder():
    time.sleep(0.001)
    registry[3] = 30


ts = [threading.Thread(target=walker), threading.Thread(target=adder)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errors, walked)
