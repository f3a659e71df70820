"""os._exit(0) in a function main calls, with a plain thread still sleeping."""
import os
import threading
import time

state = [0]


def late():
    time.sleep(0.03)
    state[0] = 2


def shutdown():
    state[0] = 1
    print(state)
    os._exit(0)


threading.Thread(target=late).start()
shutdown()
