# a for over a list sees items appended while it runs
import threading
import time

tasks = [1, 2]
seen = 0


def walker():
    global seen
    for t in tasks:
        seen += t
        time.sleep(0.002)


def appender():
    time.sleep(0.001)
    tasks.append(10)


ts = [threading.Thread(target=walker), threading.Thread(target=appender)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen)
