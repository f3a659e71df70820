# Event.wait(timeout) returns False when it times out, True when set in time.
import threading
import time

fast = threading.Event()
slow = threading.Event()
results = {}


def waiter(name, event):
    if event.wait(timeout=0.05):
        results[name] = 1
    else:
        results[name] = 0


def setter():
    fast.set()
    time.sleep(0.3)
    slow.set()


threads = [threading.Thread(target=waiter, args=("fast", fast)), threading.Thread(target=waiter, args=("slow", slow)), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
