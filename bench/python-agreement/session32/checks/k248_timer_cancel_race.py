# A Timer cancelled by main right around its interval: the action may or may not run.
import threading
import time

fired = []


def action():
    fired.append(1)


t = threading.Timer(0.01, action)
t.start()
time.sleep(0.01)
t.cancel()
t.join()
n = len(fired)
print(n)
