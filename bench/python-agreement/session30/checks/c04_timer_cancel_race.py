import threading
import time

fired = 0


def alarm():
    global fired
    fired += 1


timer = threading.Timer(0.002, alarm)
timer.start()
time.sleep(0.002)
timer.cancel()
timer.join()
print(fired)
