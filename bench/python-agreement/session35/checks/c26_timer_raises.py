"""A threading.Timer whose function raises TypeError: only its thread dies."""
import threading

LIMITS = [None]
fired = []


def alarm():
    fired.append("fired")
    if LIMITS[0] < 3:
        fired.append("low")


t = threading.Timer(0.001, alarm)
t.start()
t.join()
fired.append("main")
print(fired)
