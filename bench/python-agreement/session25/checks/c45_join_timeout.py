# check: join(timeout) returns when the time is up; the thread is still alive
import threading
import time

states = []


def slow():
    time.sleep(0.1)


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.01)
states.append(t.is_alive())
t.join()
states.append(t.is_alive())
first = states[0]
second = states[1]
print(states)
