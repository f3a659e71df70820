# Check: a worker polls a stop Event every 5 ms; main sets it after 22 ms; the tick count depends on timing (about 4-5). Bug: none.
import threading
import time

stop = threading.Event()
ticks = 0


def poller():
    global ticks
    while not stop.is_set():
        ticks += 1
        time.sleep(0.005)


t = threading.Thread(target=poller)
t.start()
time.sleep(0.022)
stop.set()
t.join()
print(f"ticks={ticks}")
