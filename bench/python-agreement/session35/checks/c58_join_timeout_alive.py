"""join(timeout) returns while the thread still runs; is_alive() says so."""
import threading
import time

alive = []


def slow():
    time.sleep(0.05)


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.01)
alive.append(t.is_alive())
t.join()
alive.append(t.is_alive())
print(alive)
