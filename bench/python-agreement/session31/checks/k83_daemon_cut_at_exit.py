# a daemon heartbeat runs until the main thread ends; its count is whatever it reached
import threading
import time

beats = 0


def heartbeat():
    global beats
    while True:
        beats += 1
        time.sleep(0.01)


threading.Thread(target=heartbeat, daemon=True).start()
time.sleep(0.035)
at_exit = beats
print(at_exit)
