import threading
import time

alive = -1
finished = 0


def slow():
    global finished
    time.sleep(0.05)
    finished = 1


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.01)
alive = 1 if t.is_alive() else 0
t.join()
print(alive, finished)
