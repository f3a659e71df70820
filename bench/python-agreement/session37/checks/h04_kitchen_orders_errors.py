# Kitchen tickets through a thread pool: a ticket for a dish not on the menu raises KeyError inside the
# cook; the pass counts good plates and the refunds, and every cook clears its station in `finally`.
from concurrent.futures import ThreadPoolExecutor, as_completed

MENU = {"soup": 4, "steak": 18, "salad": 7}
stations_cleared = [0]
refunds = []


def cook(ticket):
    table, dish = ticket
    try:
        price = MENU[dish]
        return table, price
    finally:
        stations_cleared[0] += 1


tickets = [(1, "soup"), (2, "pizza"), (3, "steak"), (4, "salad")]
revenue = 0
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = {pool.submit(cook, t): t for t in tickets}
    for f in as_completed(futures):
        table, dish = futures[f]
        try:
            _, price = f.result()
            revenue += price
        except KeyError:
            refunds.append(table)
cleared = stations_cleared[0]
print(f"revenue={revenue} refunds={sorted(refunds)} cleared={cleared}")
