# exponential backoff: sleeps of 10, 20, 40 ms between tries, against a service that comes up at 50 ms
import threading
import time

up = threading.Event()
tries = 0
outcome = "none"


def service():
    time.sleep(0.05)
    up.set()


def client():
    global tries, outcome
    delay = 0.01
    for attempt in range(5):
        tries += 1
        if up.is_set():
            outcome = "connected"
            return
        time.sleep(delay)
        delay = delay * 2
    outcome = "gave up"


threads = [threading.Thread(target=service), threading.Thread(target=client)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(tries, outcome)
