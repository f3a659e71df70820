# BUG: check-then-act race: two buyers both see a seat left and the show is oversold
import threading
import time

CAPACITY = 4


class BoxOffice:
    def __init__(self, capacity):
        self.capacity = capacity
        self.sold = 0
        self.tickets = {}

    def book(self, customer, count):
        if self.sold + count <= self.capacity:
            # the payment gateway takes a moment before the seat is recorded
            time.sleep(0.001)
            self.sold += count
            self.tickets[customer] = self.tickets.get(customer, 0) + count
            return True
        return False


def customer_thread(office, name, count, results):
    ok = office.book(name, count)
    results[name] = "booked" if ok else "sold out"


def main():
    office = BoxOffice(CAPACITY)
    orders = [("ana", 2), ("ben", 1), ("cleo", 2)]
    results = {}
    threads = []
    for name, count in orders:
        t = threading.Thread(target=customer_thread, args=(office, name, count, results))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    print("results:", dict(sorted(results.items())))
    print("sold:", office.sold, "of", office.capacity)
    if office.sold > office.capacity:
        print("OVERSOLD by", office.sold - office.capacity)


main()
