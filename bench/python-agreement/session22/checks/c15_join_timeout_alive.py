import threading
import time

state = []


def slow():
    time.sleep(0.2)
    state.append("slow done")


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.01)
state.append("alive" if t.is_alive() else "dead")
t.join()
state.append("alive" if t.is_alive() else "dead")
print(state)
