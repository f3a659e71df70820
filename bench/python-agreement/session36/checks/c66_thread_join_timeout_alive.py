"""join(timeout) returns while the thread still runs; is_alive() says so."""
import threading
import time

state = []


def slow():
    time.sleep(0.05)
    state.append("done")


t = threading.Thread(target=slow)
t.start()
t.join(0.005)
alive = t.is_alive()
t.join()
alive_after = t.is_alive()
print(alive, alive_after, state)
