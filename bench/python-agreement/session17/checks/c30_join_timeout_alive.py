# no bug: join(timeout) returns while the slow thread still runs; is_alive() says so
import threading
import time

alive_after_join = -1
finished = 0


def slow():
    global finished
    time.sleep(0.050)
    finished = 1


t = threading.Thread(target=slow)
t.start()
t.join(0.010)
if t.is_alive():
    alive_after_join = 1
else:
    alive_after_join = 0
t.join()
print(alive_after_join, finished)
