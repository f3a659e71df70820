import threading
import time

fired = []


def alarm(n):
    fired.append(n)


t1 = threading.Timer(0.005, alarm, args=(1,))
t2 = threading.Timer(0.05, alarm, args=(2,))
t1.start()
t2.start()
time.sleep(0.02)
t2.cancel()
t1.join()
t2.join()
print(fired)
