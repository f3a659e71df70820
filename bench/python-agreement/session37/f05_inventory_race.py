# BUG: reserve() reads stock, sleeps for the payment check, then writes: concurrent orders oversell the item
import time
from concurrent.futures import ThreadPoolExecutor

stock = {"widget": 3}
confirmed = []


def reserve(order_id, qty):
    available = stock["widget"]
    if available < qty:
        return order_id, False
    time.sleep(0.001)  # payment check
    stock["widget"] = available - qty
    confirmed.append(order_id)
    return order_id, True


orders = [(101, 2), (102, 2), (103, 1)]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(reserve, oid, qty) for oid, qty in orders]
    answers = dict(f.result() for f in futures)

sold = sum(qty for oid, qty in orders if answers[oid])
left = stock["widget"]
print(f"sold={sold} left={left} confirmed={sorted(confirmed)}")
assert sold <= 3, f"oversold: {sold} of 3"
