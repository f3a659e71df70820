# BUG: listeners registered in a list each bump a shared counter without a lock; two publishers race
import threading
import time

events = 0
listeners = []


def count_event(weight):
    global events
    seen = events
    time.sleep(0)
    events = seen + weight


def log_event():
    pass


listeners.append(log_event)
listeners.append(lambda: count_event(1))
listeners.append(lambda: count_event(10))


def publish():
    for listener in listeners:
        listener()


publishers = [threading.Thread(target=publish), threading.Thread(target=publish)]
for p in publishers:
    p.start()
for p in publishers:
    p.join()
print("events:", events)
