# BUG: lost update across an await: each withdrawal reads the balance, awaits a fraud check, then writes
# back; two concurrent withdrawals both pass the check on the same stale balance.
import asyncio


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
    print("balance", wallet.balance, "paid", sum(a for _, a in wallet.history if a != "declined"))
    print("overdrawn" if sum(a for _, a in wallet.history if a != "declined") > 100 else "ok")


asyncio.run(main())
