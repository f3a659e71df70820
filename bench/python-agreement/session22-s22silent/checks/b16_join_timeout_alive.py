import threading
import time

alive = -1


def slow():
    time.sleep(0.05)


t = threading.Thread(target=slow)
t.start()
t.join(0.01)
alive = 1 if t.is_alive() else 0
t.join()
