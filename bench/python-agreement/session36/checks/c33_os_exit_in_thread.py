"""os._exit in a worker thread ends the whole process at once: main's later writes never happen."""
import os
import threading
import time

state = [0]


def watchdog():
    time.sleep(0.01)
    state[0] = 1
    os._exit(0)


threading.Thread(target=watchdog).start()
time.sleep(0.05)
state[0] = 2
print(state)
