import threading
import time

alive = []


def slow():
    time.sleep(0.05)


t = threading.Thread(target=slow)
t.start()
t.join(0.005)
alive.append(t.is_alive())
t.join()
alive.append(t.is_alive())
print(alive)
