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
