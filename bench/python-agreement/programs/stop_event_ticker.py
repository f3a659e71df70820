"""A ticker polls a stop event every 10 ms and is stopped after 35 ms: CPython prints 4 (session 12's r5)."""
import threading, time
stop = threading.Event()
ticks = 0
def ticker():
    global ticks
    while not stop.is_set():
        ticks += 1
        time.sleep(0.01)
t = threading.Thread(target=ticker)
t.start()
time.sleep(0.035)
stop.set()
t.join()
print(ticks)
