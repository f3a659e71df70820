import threading

# A tuple display unpacked into globals and into attributes and items (translate/display_unpacking.rs),
# and item stores of a shared dict and list (translate/item_stores.rs), from two threads.
a, b = 0, 1
grid = [0, 0, 0]
totals = {}
lock = threading.Lock()


class Pair:
    def __init__(self):
        self.x = 1
        self.y = 2


pair = Pair()


def step(n):
    global a, b
    with lock:
        a, b = b, a + b
        pair.x, pair.y = pair.y, pair.x + n
        grid[0], grid[n] = grid[n] + n, grid[0] + 1
        totals[n] = totals.get(n, 0) + a


threads = [threading.Thread(target=step, args=(n,)) for n in [1, 2]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(a, b, pair.x, pair.y, grid, sorted(totals.items()))
