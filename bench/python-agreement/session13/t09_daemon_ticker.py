# Expected: the daemon ticker is cut off when the main thread ends; ticks is about 5 (it never reaches 100).
import threading
import time

ticks = 0


def ticker():
    global ticks
    for _ in range(100):
        time.sleep(0.01)
        ticks += 1


threading.Thread(target=ticker, daemon=True).start()
time.sleep(0.055)
print("main done, ticks so far:", ticks)
