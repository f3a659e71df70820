# A payment gateway: charges run in a thread pool; declined cards raise a custom error with a code;
# the caller tallies the codes, and a semaphore limits calls to the bank.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


class Declined(Exception):
    def __init__(self, code):
        super().__init__(f"declined {code}")
        self.code = code


BALANCES = {"card-1": 50, "card-2": 5, "card-3": 80}
bank_slots = threading.Semaphore(2)
charged = []
charged_lock = threading.Lock()


def charge(card, amount):
    with bank_slots:
        if BALANCES[card] < amount:
            raise Declined(51)
        with charged_lock:
            charged.append((card, amount))
        return amount


orders = [("card-1", 20), ("card-2", 30), ("card-3", 40)]
codes = {}
revenue = 0
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(charge, card, amount): card for card, amount in orders}
    for future in as_completed(futures):
        try:
            revenue += future.result()
        except Declined as e:
            card = futures[future]
            codes[card] = e.code
print(f"revenue={revenue} codes={codes} charged={len(charged)}")
