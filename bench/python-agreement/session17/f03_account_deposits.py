# bug: lost update: deposits submitted to a thread pool update the balance without a lock
import time
from concurrent.futures import ThreadPoolExecutor


class Wallet:
    def __init__(self) -> None:
        self.balance = 0

    def deposit(self, amount: int) -> int:
        new_balance = self.balance + amount
        time.sleep(0.0005)  # talk to the ledger service
        self.balance = new_balance
        return new_balance


wallet = Wallet()
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(wallet.deposit, amount) for amount in (10, 20, 30)]
    receipts = [f.result() for f in futures]

print(f"balance={wallet.balance} receipts={receipts}")
assert wallet.balance == 60, "a deposit was lost"
