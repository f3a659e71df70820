# check: Lock.acquire(timeout=t) with t negative and not -1 raises ValueError ("timeout value must be a
# non-negative number"); only -1 means "no limit". A time-out computed from a budget can go negative.
# CPython 3.11: kind=2 (10 of 10); weft: kind=0 (the acquire succeeds), "complete".
import threading

lock = threading.Lock()
budget_ms = 20
spent_ms = 25
kind = 0
try:
    lock.acquire(timeout=(budget_ms - spent_ms) / 1000)
    kind = 1
except ValueError:
    kind = 2
