# A distributed lock lease: the holder renews its lease on a timer; a contender takes the lock once the lease lapses.
import threading
import time
from dataclasses import dataclass


@dataclass
class Lease:
    owner: str = ""
    expires_ms: int = 0
    renewals: int = 0


lease = Lease()
guard = threading.Lock()
clock_ms = [0]
events = []


def try_acquire(name, now_ms, ttl_ms):
    with guard:
        if lease.owner == "" or lease.expires_ms <= now_ms:
            if lease.owner and lease.owner != name:
                events.append(f"{name} took over from {lease.owner}")
            lease.owner = name
            lease.expires_ms = now_ms + ttl_ms
            return True
        if lease.owner == name:
            lease.expires_ms = now_ms + ttl_ms
            lease.renewals += 1
            return True
        return False


def holder():
    for tick in range(3):
        try_acquire("holder", tick * 10, 15)
        time.sleep(0.001)
    events.append("holder stops renewing")


def contender():
    attempts = 0
    for tick in range(2, 6):
        attempts += 1
        if try_acquire("contender", tick * 10, 15):
            events.append(f"contender got it after {attempts}")
            return
        time.sleep(0.001)
    events.append("contender gave up")


threads = [threading.Thread(target=holder), threading.Thread(target=contender)]
for t in threads:
    t.start()
for t in threads:
    t.join()
owner = lease.owner
renewals = lease.renewals
print(f"owner={owner} renewals={renewals} events={events}")
