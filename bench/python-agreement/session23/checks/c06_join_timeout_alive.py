# check: join(timeout) returns before the thread ends; is_alive() is then True
import threading
import time

alive = []


def slow():
    time.sleep(0.05)


t = threading.Thread(target=slow)
t.start()
t.join(0.01)
alive.append(int(t.is_alive()))
t.join()
alive.append(int(t.is_alive()))
