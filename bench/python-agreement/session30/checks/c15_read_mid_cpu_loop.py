import threading
import time

counter = 0
seen = -1


def spin():
    global counter
    for _ in range(3000):
        counter += 1


worker = threading.Thread(target=spin)
worker.start()
time.sleep(0.0002)
seen = counter
worker.join()
print(seen, counter)
