# join(timeout=0.012) of a thread that sleeps 0.01: CPython's sleep overshoot decides is_alive().
import threading
import time

alive = -1


def work():
    time.sleep(0.01)


t = threading.Thread(target=work)
t.start()
t.join(timeout=0.012)
alive = 1 if t.is_alive() else 0
t.join()
print(alive)
