"""os._exit inside an if in the main code; the thread would have written after it."""
import os
import threading
import time

state = [0]
FAST = True


def late():
    time.sleep(0.03)
    state[0] = 2


threading.Thread(target=late).start()
state[0] = 1
if FAST:
    print(state)
    os._exit(3)
time.sleep(0.05)
print(state)
