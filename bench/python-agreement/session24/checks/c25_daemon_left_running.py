"""A daemon thread still asleep when the main code ends: its later write never happens."""
import threading
import time

flag = 0
steps = []


def background():
    global flag
    steps.append("started")
    time.sleep(0.2)
    flag = 1


threading.Thread(target=background, daemon=True).start()
time.sleep(0.01)
steps.append("main done")
print(flag, steps)
