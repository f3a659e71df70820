import threading
import time

fired = 0


def ring(amount):
    global fired
    fired += amount


slow = threading.Timer(0.05, ring, args=(1,))
fast = threading.Timer(0.01, ring, args=(10,))
slow.start()
fast.start()
time.sleep(0.03)
slow.cancel()
fast.cancel()
slow.join()
fast.join()
print("fired:", fired)
