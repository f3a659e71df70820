import threading

log = []


class Ticket:
    def __init__(self, seat):
        self.seat = seat

    def __str__(self):
        return f"Ticket<{self.seat}>"


def book(seat):
    t = Ticket(seat)
    log.append(f"booked {t}")


threads = [threading.Thread(target=book, args=(s,)) for s in ("A1", "B2")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
