import threading

counts = [0, 0, 0]
totals = []
lock = threading.Lock()


def bump(slot):
    with lock:
        counts[slot] += slot + 1


def main():
    for round_number in range(2):
        threads = [threading.Thread(target=bump, args=(i,)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        # inside a loop: a new list each pass
        doubled = [c * 2 for c in counts]
        totals.append(sum(doubled))


main()
# at module level, over a shared list
snapshot = [c + 1 for c in counts]
by_slot = {c: c * 10 for c in counts}
print(snapshot, totals, by_slot)
