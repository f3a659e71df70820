# BUG: check-then-act race on a seat: two buyers both see seat 7 free and both book it (double booking).
import threading
import time

seats = {n: None for n in range(1, 9)}
confirmations = []
holds = 0
holds_lock = threading.Lock()


def is_free(seat):
    return seats[seat] is None


def book(customer, wanted):
    global holds
    for seat in wanted:
        if is_free(seat):
            # pretend to talk to the payment provider
            time.sleep(0.001)
            seats[seat] = customer
            confirmations.append((customer, seat))
            with holds_lock:
                holds += 1
            return seat
    return None


def main():
    results = {}

    def worker(name, wanted):
        results[name] = book(name, wanted)

    threads = [
        threading.Thread(target=worker, args=("alice", [7, 8])),
        threading.Thread(target=worker, args=("bob", [7, 2])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    booked = {seat: who for seat, who in seats.items() if who is not None}
    print("results", results)
    print("booked", booked)
    print("confirmations", len(confirmations), "holds", holds)
    double = len(confirmations) != len(booked)
    print("double booking" if double else "ok")


main()
