"""Double initialisation: the flag is tested without a lock."""
import threading
import time

initialised = 0
inits = 0


def ensure():
    global initialised, inits
    if not initialised:
        time.sleep(0.001)
        inits += 1
        initialised = 1


threads = [threading.Thread(target=ensure) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(inits)
