# Two threads claim one ticket with d.pop(key, None): exactly one gets it.
import threading

tickets = {"t1": "seat-4"}
claims = []
empty = 0


def claim():
    global empty
    seat = tickets.pop("t1", None)
    if seat is None:
        empty += 1
    else:
        claims.append(seat)


threads = [threading.Thread(target=claim) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(claims, empty)
