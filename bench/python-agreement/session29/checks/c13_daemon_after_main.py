# a daemon thread keeps counting; the state is read when main ends
import threading
import time

ticks = 0


def ticker():
    global ticks
    while True:
        ticks += 1
        time.sleep(0.01)


threading.Thread(target=ticker, daemon=True).start()
time.sleep(0.035)
print(ticks)
