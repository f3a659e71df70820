# the main thread ends first; the process waits for a non-daemon thread, whose write lands before exit
import threading
import time

state = {"main": 0, "worker": 0}


def worker():
    time.sleep(0.02)
    state["worker"] = 1


threading.Thread(target=worker).start()
state["main"] = 1
print(state)
