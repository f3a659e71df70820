# BUG: check-then-act on a seat: two buyers both see the seat free and both book it (double booking)
import threading
import time

seats = {"A1": None, "A2": None, "B1": None}
holds = {}
bookings = []
sold = 0
hold_lock = threading.Lock()


class Buyer(threading.Thread):
    def __init__(self, name, wanted):
        super().__init__()
        self.buyer = name
        self.wanted = wanted
        self.got = []

    def run(self):
        for seat in self.wanted:
            if self.try_book(seat):
                self.got.append(seat)

    def try_book(self, seat):
        global sold
        # the availability check is outside the lock
        if seats[seat] is not None:
            return False
        with hold_lock:
            holds[seat] = self.buyer
        time.sleep(0)  # payment round trip
        seats[seat] = self.buyer
        bookings.append((seat, self.buyer))
        sold += 1
        with hold_lock:
            holds.pop(seat, None)
        return True


alice = Buyer("alice", ["A1", "A2"])
bob = Buyer("bob", ["A2", "B1"])
for buyer in (alice, bob):
    buyer.start()
for buyer in (alice, bob):
    buyer.join()

sold_seats = [seat for seat, _ in bookings]
double_booked = sum(1 for i, s in enumerate(sold_seats) if s in sold_seats[:i])
print(f"sold={sold} double_booked={double_booked} held={len(holds)}")
print("alice", alice.got, "bob", bob.got)
assert double_booked == 0, f"seat sold twice: {sorted(bookings)}"
