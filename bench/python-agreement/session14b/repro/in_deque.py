# Expected: n == 1: `7 in seen` on a deque tests its values (no bug). weft gives n == 0 only.
from collections import deque
seen = deque()
seen.append(7)
n = 1 if 7 in seen else 0
print(n)
