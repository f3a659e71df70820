# join(timeout) on a thread that sleeps longer: is_alive() is True after the timed-out join
import threading
import time

finished = 0


def slow():
    global finished
    time.sleep(0.05)
    finished = 1


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.01)
alive_after_short = t.is_alive()
t.join()
alive_after_full = t.is_alive()
print(alive_after_short, alive_after_full, finished)
