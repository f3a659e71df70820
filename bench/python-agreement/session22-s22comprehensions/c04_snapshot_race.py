import threading
import time

counts = [0, 0]


def bump(slot):
    for _ in range(2):
        seen = counts[slot]
        time.sleep(0.001)
        counts[slot] = seen + 1


def main():
    threads = [threading.Thread(target=bump, args=(i % 2,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    snapshot = [c for c in counts]
    # a lost update leaves a slot below 4
    assert all(c == 4 for c in snapshot), snapshot


main()
