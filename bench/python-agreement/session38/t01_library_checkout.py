# BUG: check-then-act: a patron checks `copies_left` and then, after looking up the card, takes a copy
# without holding the lock across both steps, so two patrons can borrow the last copy of the same book.
import threading
import time

catalog = {"dune": 1, "emma": 2}
loans = []
lock = threading.Lock()


def lookup_card(patron):
    # simulates a slow database read
    time.sleep(0.001)
    return patron.upper()


def borrow(patron, title):
    if catalog[title] > 0:
        card = lookup_card(patron)
        with lock:
            catalog[title] -= 1
            loans.append((card, title))
        return True
    return False


def patron_thread(patron, wanted):
    for title in wanted:
        borrow(patron, title)


threads = [
    threading.Thread(target=patron_thread, args=("ana", ["dune", "emma"])),
    threading.Thread(target=patron_thread, args=("bo", ["dune"])),
    threading.Thread(target=patron_thread, args=("cy", ["emma"])),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"catalog={catalog} loans={sorted(loans)}")
