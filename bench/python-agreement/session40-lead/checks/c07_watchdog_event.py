# A watchdog waits for a heartbeat event with a time-out. No bug; the time-outs depend on timing.
import threading
import time

beat = threading.Event()
seen = []


def watchdog():
    for _ in range(3):
        if beat.wait(timeout=0.05):
            seen.append("beat")
            beat.clear()
        else:
            seen.append("missed")


def heart():
    for pause in (0.01, 0.2):
        time.sleep(pause)
        beat.set()


w = threading.Thread(target=watchdog)
h = threading.Thread(target=heart)
w.start()
h.start()
w.join()
h.join()
print(seen)
