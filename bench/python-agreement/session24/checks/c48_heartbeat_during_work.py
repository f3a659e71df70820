"""A heartbeat thread ticks every 10 ms while main does plain Python work (no annotation), then stops it."""
import threading

stop = threading.Event()
ticks = 0


def heartbeat():
    global ticks
    while not stop.wait(0.01):
        ticks += 1


t = threading.Thread(target=heartbeat)
t.start()
total = 0
for i in range(300_000):
    total += i % 7
stop.set()
t.join()
print(ticks)
