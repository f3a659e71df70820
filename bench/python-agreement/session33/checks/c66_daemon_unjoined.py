import threading
import time

beats = []


def heartbeat():
    while True:
        beats.append(1)
        time.sleep(0.01)


t = threading.Thread(target=heartbeat, daemon=True)
t.start()
time.sleep(0.035)
count = len(beats)
print(count >= 3, count <= 5)
