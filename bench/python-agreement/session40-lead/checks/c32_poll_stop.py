# A poller runs until a stop event; it waits on the event between polls. No bug.
import threading
import time

stop = threading.Event()
polls = [0]


def poller():
    while not stop.is_set():
        polls[0] += 1
        stop.wait(0.01)


t = threading.Thread(target=poller)
t.start()
time.sleep(0.035)
stop.set()
t.join()
print(polls[0] >= 3, polls[0] <= 5)
