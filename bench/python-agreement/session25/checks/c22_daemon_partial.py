# check: a daemon thread is stopped when the main thread ends; its work so far stays
import threading
import time

ticks = []


def metronome():
    while True:
        ticks.append(len(ticks))
        time.sleep(0.02)


threading.Thread(target=metronome, daemon=True).start()
time.sleep(0.05)
count = len(ticks)
print(count)
