# A closure counts calls with nonlocal; threads call it. Bug: lost update.
import threading


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


bump = make_counter()
seen = []


def caller():
    for _ in range(2):
        seen.append(bump())


threads = [threading.Thread(target=caller) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))
