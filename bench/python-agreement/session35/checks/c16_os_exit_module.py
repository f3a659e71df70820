"""os._exit at module level ends the process at once: no later line runs and no thread is joined."""
import os
import sys
import threading
import time

state = 0


def slow():
    global state
    time.sleep(0.05)
    state = 2


t = threading.Thread(target=slow)
t.start()
state = 1
print(state)
sys.stdout.flush()
os._exit(0)
state = 3
