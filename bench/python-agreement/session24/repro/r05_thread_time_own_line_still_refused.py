"""The refusal of `time.thread_time()` in an expression says "call it on a line of its own"; on its own line it is refused the same."""
import time

spins = 0


def spin(seconds):
    global spins
    start = time.thread_time()
    now = start
    while now - start < seconds:
        now = time.thread_time()
        spins += 1


spin(0.001)
print(spins > 0)
