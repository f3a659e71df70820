# BUG: lost update: a factory's cell rebound by two threads without a lock, read back by a second function
import threading


def make_tally():
    seen = 0

    def record(times):
        nonlocal seen
        for _ in range(times):
            value = seen
            seen = value + 1

    def total():
        return seen

    return (record, total)


record, total = make_tally()
a = threading.Thread(target=record, args=(3,))
b = threading.Thread(target=record, args=(3,))
a.start()
b.start()
a.join()
b.join()
result = total()
print("total", result)
assert result == 6, "an update was lost"
