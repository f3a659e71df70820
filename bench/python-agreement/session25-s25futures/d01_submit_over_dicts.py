"""Jobs submitted over a module list of dicts; a job mutates its dict, main reads them after."""
from concurrent.futures import ThreadPoolExecutor

orders = [{"id": 1, "qty": 3}, {"id": 2, "qty": 0}, {"id": 3, "qty": 5}]
total = 0


def handle(order):
    global total
    if order["qty"] == 0:
        raise ValueError("empty order")
    order["qty"] -= 1
    total += order["qty"]
    return order["id"]


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(handle, o) for o in orders]
    ids = []
    failed = 0
    for f in futures:
        try:
            ids.append(f.result())
        except ValueError:
            failed += 1

print(ids, failed, total, orders[0]["qty"], orders[2]["qty"])
