import threading
import time

fired = 0


def ring():
    global fired
    fired += 1


t = threading.Timer(0.02, ring)
t.daemon = True
t.start()
time.sleep(0.005)
