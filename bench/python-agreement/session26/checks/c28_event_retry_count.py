import threading
import time

ready = threading.Event()
polls = 0


def starter() -> None:
    time.sleep(0.035)
    ready.set()


t = threading.Thread(target=starter)
t.start()
while not ready.wait(timeout=0.01):
    polls += 1
t.join()
print(polls)
