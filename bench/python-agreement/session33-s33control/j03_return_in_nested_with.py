# A return inside two nested `with` blocks of a thread joined with a time-out: both locks are released
# before `join` returns, so the main thread's non-blocking acquire after the join always succeeds.
import threading

outer = threading.Lock()
inner = threading.Lock()
stock = {"apples": 1}
result = {}


def take(item):
    with outer:
        with inner:
            if stock[item] == 0:
                return "none left"
            stock[item] -= 1
    return "taken"


first = threading.Thread(target=take, args=("apples",))
second = threading.Thread(target=take, args=("apples",))
first.start()
second.start()
first.join(timeout=1.0)
second.join(timeout=1.0)
result["alive"] = first.is_alive() or second.is_alive()
result["free"] = outer.acquire(blocking=False) and inner.acquire(blocking=False)
result["apples"] = stock["apples"]
print(result)
