# a polling loop on a shared flag (sleep 1 ms between checks), set by another thread after 20 ms
import threading
import time

ready = False
polls = 0
seen = 0


def setter():
    global ready
    time.sleep(0.02)
    ready = True


t = threading.Thread(target=setter)
t.start()
while not ready:
    polls += 1
    time.sleep(0.001)
seen = 1
t.join()
print(seen, polls > 0)
