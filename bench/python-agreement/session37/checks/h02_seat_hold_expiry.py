# Ticket holds that expire: a hold is released by a Timer unless the buyer confirms in time.
import threading
import time

seats = {"A1": "free", "A2": "free"}
lock = threading.Lock()
timers = {}
outcome = {}


def expire(seat):
    with lock:
        if seats[seat] == "held":
            seats[seat] = "free"
            outcome[seat] = "expired"


def hold(seat, ttl):
    with lock:
        if seats[seat] != "free":
            return False
        seats[seat] = "held"
    t = threading.Timer(ttl, expire, args=(seat,))
    timers[seat] = t
    t.start()
    return True


def confirm(seat):
    with lock:
        if seats[seat] == "held":
            seats[seat] = "sold"
            outcome[seat] = "sold"
            return True
        return False


def buyer(seat, think_s):
    if hold(seat, 0.02):
        time.sleep(think_s)
        if confirm(seat):
            timers[seat].cancel()


buyers = [threading.Thread(target=buyer, args=("A1", 0.001)), threading.Thread(target=buyer, args=("A2", 0.05))]
for b in buyers:
    b.start()
for b in buyers:
    b.join()
for t in timers.values():
    t.join()
print(f"seats={seats} outcome={dict(sorted(outcome.items()))}")
