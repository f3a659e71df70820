# BUG check-then-act: two buyers may book one seat; the count of double bookings reads the log twice.
import threading

free = {"A": True, "B": True}
log = []


def buy(name, seats):
    for seat in seats:
        if free[seat]:
            free[seat] = False
            log.append((seat, name))


threads = [threading.Thread(target=buy, args=(n, s)) for n, s in (("ann", ["A", "B"]), ("bob", ["A"]))]
for t in threads:
    t.start()
for t in threads:
    t.join()

doubled = len(log) - len({seat for seat, _ in log})
again = len(log) - len(set(seat for seat, _ in log))
print(f"bookings={len(log)} doubled={doubled} again={again}")
assert doubled == 0, "a seat was sold twice"
