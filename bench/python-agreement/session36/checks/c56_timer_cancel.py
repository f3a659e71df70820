"""threading.Timer: one cancelled before it fires, one that fires."""
import threading
import time

fired = []


def alarm(name):
    fired.append(name)


t1 = threading.Timer(0.05, alarm, args=("cancelled",))
t2 = threading.Timer(0.005, alarm, args=("fired",))
t1.start()
t2.start()
time.sleep(0.001)
t1.cancel()
t1.join()
t2.join()
print(fired)
