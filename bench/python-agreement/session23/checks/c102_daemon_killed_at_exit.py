# check: a daemon thread is killed when main ends: only the ticks before the end are kept
import threading
import time

ticks = []


def ticker():
    for i in range(100):
        ticks.append(i)
        time.sleep(0.01)


threading.Thread(target=ticker, daemon=True).start()
time.sleep(0.035)
count = len(ticks)
