# no bug: deque.popleft() of an empty deque, caught by except IndexError (CPython done=1 empty=1; weft: fault)
from collections import deque

jobs = deque([1])
done = 0
empty = 0
for _ in range(2):
    try:
        jobs.popleft()
        done += 1
    except IndexError:
        empty += 1
