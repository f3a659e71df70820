# bug: check-then-act - availability is checked, then a sleep, then the seat is booked, so a seat can be double-booked
import threading
import time

seats = {f"{row}{n}": None for row in "AB" for n in range(1, 3)}
double_booked = []
lock = threading.Lock()


def book(customer, wanted):
    got = []
    for seat in wanted:
        if seats[seat] is None:
            time.sleep(0.001)
            if seats[seat] is not None:
                with lock:
                    double_booked.append(seat)
            seats[seat] = customer
            got.append(seat)
    return got


results = {}


def run(customer, wanted):
    results[customer] = book(customer, wanted)


threads = [
    threading.Thread(target=run, args=("zoe", ["A1", "A2"])),
    threading.Thread(target=run, args=("yan", ["A2", "B1"])),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

claimed = sum(len(v) for v in results.values())
print(f"claimed={claimed} seats={seats} double={double_booked}")
