"""A daemon heartbeat thread keeps counting; the program ends after 25 ms without waiting for it."""
import threading
import time

beats = 0


def heartbeat():
    global beats
    while True:
        time.sleep(0.01)
        beats += 1


threading.Thread(target=heartbeat, daemon=True).start()
time.sleep(0.025)
final_beats = beats
print(final_beats)
