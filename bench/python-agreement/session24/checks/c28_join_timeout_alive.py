"""join(timeout) returns while the thread is still alive; is_alive says so."""
import threading
import time

events = []


def slow():
    time.sleep(0.05)
    events.append("slow done")


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.01)
alive_after_timeout = int(t.is_alive())
events.append("joined with timeout")
t.join()
alive_at_end = int(t.is_alive())
print(alive_after_timeout, alive_at_end, events)
