import threading
import time

ticks = 0


def ticker():
    global ticks
    while True:
        time.sleep(0.01)
        ticks += 1


threading.Thread(target=ticker, daemon=True).start()
time.sleep(0.035)
print("ticks", ticks)
