"""sys.exit() in the module's code: CPython still joins the thread that is not a daemon."""
import sys
import threading
import time

state = 0


def slow():
    global state
    time.sleep(0.02)
    state = 2


threading.Thread(target=slow).start()
state = 1
sys.exit(0)
