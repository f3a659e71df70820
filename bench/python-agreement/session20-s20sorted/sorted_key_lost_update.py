# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): ok votes red=3 blue=2 ranking=[blue, red, red] in 10 of 10 runs (the GIL keeps the read and the write together there); weft explore: 9 outcomes, complete, 6 of them the lost vote (assertion_failed, red=2 or red=1).
"""Two threads count votes without a lock; the ranking by votes can lose an update (the bug)."""
import threading

votes = {}
order = []


def vote(colour, times):
    for _ in range(times):
        current = votes[colour]
        votes[colour] = current + 1
    order.append(colour)


if __name__ == "__main__":
    for colour in ("red", "blue"):
        votes[colour] = 0
    threads = [
        threading.Thread(target=vote, args=("red", 2)),
        threading.Thread(target=vote, args=("red", 1)),
        threading.Thread(target=vote, args=("blue", 2)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ranking = sorted(order, key=lambda colour: (votes[colour], colour))
    assert votes["red"] == 3, "a vote for red was lost"
