# daemon ticker
import threading
import time

ticks = 0


def ticker():
    global ticks
    while True:
        ticks += 1
        time.sleep(0.01)


t = threading.Thread(target=ticker, daemon=True)
t.start()
time.sleep(0.035)
print(ticks)
