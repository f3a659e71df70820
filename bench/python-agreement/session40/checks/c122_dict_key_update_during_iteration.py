# Check: changing an existing key's value during iteration is fine (size unchanged); the loop sees the new value. Bug: none.
import threading
import time

prices = {"a": 1, "b": 2, "c": 3}
seen = []


def reprice():
    time.sleep(0.005)
    prices["c"] = 30


t = threading.Thread(target=reprice)
t.start()
for k in prices:
    seen.append(prices[k])
    time.sleep(0.01)
t.join()
print(f"seen={seen}")
