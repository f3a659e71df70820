# BUG: a Semaphore with a negative initial value raises ValueError
import threading

outcome = "none"
try:
    sem = threading.Semaphore(-1)
    outcome = "made"
except ValueError:
    outcome = "value error"
print(outcome)
