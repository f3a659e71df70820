# BUG: lost update across an await: each withdrawal reads the balance, awaits a fraud check, then writes
# variant _g: the final values also stored in the module dict `final`, so that agree.py compares them
# back; two concurrent withdrawals both pass the check on the same stale balance.
import asyncio

final = {}


class Wallet:
    def __init__(self, balance):
        self.balance = balance
        self.history = []

    async def withdraw(self, who, amount):
        balance = self.balance
        if balance < amount:
            self.history.append((who, "declined"))
            return False
        await asyncio.sleep(0.001)  # fraud check
        self.balance = balance - amount
        self.history.append((who, amount))
        return True


async def main():
    wallet = Wallet(100)
    results = await asyncio.gather(wallet.withdraw("rent", 70), wallet.withdraw("food", 50))
    print("results", results)
    final["balance"] = wallet.balance
    final["order"] = ",".join(w for w, _ in wallet.history)
    print("balance", wallet.balance, "paid", sum(a for _, a in wallet.history if a != "declined"))
    print("overdrawn" if sum(a for _, a in wallet.history if a != "declined") > 100 else "ok")


asyncio.run(main())
