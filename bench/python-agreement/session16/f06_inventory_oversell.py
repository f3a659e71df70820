# bug: reserve() checks the stock and then decrements it without a lock, so the pool can sell more than exists
from concurrent.futures import ThreadPoolExecutor, wait
import time

inventory = {"widget": 2}
sold = []


def reserve(customer):
    if inventory["widget"] > 0:
        time.sleep(0.001)  # payment authorization
        inventory["widget"] -= 1
        sold.append(customer)
        return True
    return False


pool = ThreadPoolExecutor(max_workers=3)
futures = [pool.submit(reserve, c) for c in ("ann", "ben", "cat")]
wait(futures)
pool.shutdown()
print(f"left={inventory['widget']} sold_to={sorted(sold)}")
assert inventory["widget"] >= 0, "oversold"
