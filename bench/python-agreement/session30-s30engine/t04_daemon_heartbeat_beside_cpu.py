"""A daemon heartbeat thread that sleeps 5 ms between beats, started before 30 ms of CPU work in main:
it beats while main computes, because its sleeps release the GIL and start() let it run first. (It
records that it beat, not how often: the count follows the machine's load.)"""
import threading
import time


def burn(seconds):
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


beat = 0


def heartbeat():
    global beat
    while True:
        time.sleep(0.005)
        beat = 1


threading.Thread(target=heartbeat, daemon=True).start()
burn(0.03)  # weft: cpu 30ms
print(beat)
