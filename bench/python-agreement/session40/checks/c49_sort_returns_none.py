# Check: `x = items.sort()` gives None; sorted() gives a new list. Bug: using list.sort()'s return value.
import threading

items = [3, 1, 2]
is_none = 0
first = 0


def worker():
    global is_none, first
    result = items.sort()
    is_none = int(result is None)
    first = items[0]


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"is_none={is_none} first={first} items={items}")
