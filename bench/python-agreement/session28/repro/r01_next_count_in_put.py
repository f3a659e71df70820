# weft's own error ("does not load"): next() of an itertools.count() in a put, in a function called twice, then at module level
import itertools
import queue

jobs: queue.Queue = queue.Queue()
sequence = itertools.count()


def submit(priority: int) -> None:
    jobs.put((priority, next(sequence)))


submit(3)
submit(1)
jobs.put((9, next(sequence)))
first = jobs.get()[1]
second = jobs.get()[1]
third = jobs.get()[1]
print(first, second, third)
assert (first, second, third) == (0, 1, 2)
