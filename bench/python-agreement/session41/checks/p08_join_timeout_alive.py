# check: join(timeout) returns with the thread still alive
import threading
import time

states = []


def slow():
    time.sleep(0.05)
    states.append("finished")


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.005)
states.append(f"alive={t.is_alive()}")
t.join()
states.append(f"alive={t.is_alive()}")
print(states)
