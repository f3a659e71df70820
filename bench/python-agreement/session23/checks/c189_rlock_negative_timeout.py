# check: RLock.acquire(timeout=-3) raises ValueError as Lock's does
import threading

rl = threading.RLock()
kind = 0
try:
    rl.acquire(timeout=-3)
    kind = 1
except ValueError:
    kind = 2
