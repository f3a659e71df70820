# Known bug: two workers claim a slot with a check-then-set, so two slots may hold the same owner.
import threading

slots = {0: -1, 1: -1}
owners = 0


def claim(worker):
    for slot in (0, 1):
        if slots[slot] == -1:
            slots[slot] = worker
            return


def main():
    global owners
    threads = [threading.Thread(target=claim, args=(w,)) for w in (7, 8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    owners = len(set(slots.values()))
    assert owners == 2, owners


if __name__ == "__main__":
    main()
