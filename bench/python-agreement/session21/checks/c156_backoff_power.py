# backoff written as base * 2 ** attempt, capped with min
import threading
import time

up = threading.Event()
tries = 0


def service():
    time.sleep(0.045)
    up.set()


def client():
    global tries
    for attempt in range(6):
        tries += 1
        if up.is_set():
            return
        time.sleep(min(0.04, 0.005 * 2 ** attempt))


threads = [threading.Thread(target=service), threading.Thread(target=client)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(tries)
