"""Bools counted as ints, chained comparisons, any/all of a shared list."""
import threading

flags = [True, False, True]
count = 0
in_range = 0
mixed = 0


def tally():
    global count, in_range, mixed
    count = sum(flags) + True
    x = count
    in_range = 1 if 0 < x <= 3 else 0
    mixed = flags[0] * 10 + flags[1]


t = threading.Thread(target=tally)
t.start()
t.join()
print(count, in_range, mixed)
