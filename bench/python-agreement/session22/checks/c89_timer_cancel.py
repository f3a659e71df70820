import threading
import time

fired = []


def ring(name):
    fired.append(name)


a = threading.Timer(0.01, ring, args=("a",))
b = threading.Timer(0.05, ring, args=("b",))
a.start()
b.start()
time.sleep(0.02)
b.cancel()
a.join()
b.join()
print(fired)
