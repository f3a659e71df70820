# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): assertion_failed (the room overfilled) in 10 of 10 runs, then 9 of 10 in a second batch (ok room=[2, 5] large=[5] once); weft explore: 12 outcomes, complete within a 20 ms time window, 6 of them the overfill, both CPython states among them.
"""Workers admit guests while the room has space, testing and appending without a lock (the bug: the
room can overfill); the large parties are picked out by a comprehension with `if`."""
import threading
import time

LIMIT = 2
room = []


def admit(party):
    if len(room) < LIMIT:
        time.sleep(0.001)
        room.append(party)


if __name__ == "__main__":
    threads = [threading.Thread(target=admit, args=(size,)) for size in (2, 5, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    large = [size for size in room if size > 4]
    assert len(room) <= LIMIT, "the room overfilled"
