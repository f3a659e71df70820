import threading
import time

fired = []


def alarm():
    fired.append("alarm")


timer = threading.Timer(0.01, alarm)
timer.start()
time.sleep(0.03)
timer.cancel()
timer2 = threading.Timer(0.05, alarm)
timer2.start()
timer2.cancel()
timer.join()
timer2.join()
print(fired)
