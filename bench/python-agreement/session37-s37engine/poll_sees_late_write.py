"""A thread polls a flag every 50 ms; the flag is set at 120 ms and a third thread writes `x` at
145 ms, before the poller's next poll (150 ms): CPython's poller usually sees x = 2. Before session 37
weft woke the poll at the flag's write (120 ms), 25 ms before the write, and listed x = 1 alone."""
import threading
import time

done = False
x = 1
seen = 0


def setter():
    global done
    time.sleep(0.12)
    done = True


def writer():
    global x
    time.sleep(0.145)
    x = 2


def poller():
    global seen
    while not done:
        time.sleep(0.05)
    seen = x


threads = [threading.Thread(target=f) for f in (setter, writer, poller)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
