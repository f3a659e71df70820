# BUG: withdraw checks the balance, awaits the fraud check, then deducts: two concurrent withdrawals overdraw the wallet
import asyncio


class Wallet:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    async def withdraw(self, amount, reason):
        if self.balance < amount:
            self.history.append(("declined", reason))
            return False
        await self.fraud_check(amount)
        self.balance -= amount
        self.history.append(("paid", reason))
        return True

    async def fraud_check(self, amount):
        await asyncio.sleep(0.001 if amount > 50 else 0)


async def main(wallet):
    return await asyncio.gather(
        wallet.withdraw(80, "rent"),
        wallet.withdraw(60, "groceries"),
    )


wallet = Wallet("dana", 100)
results = asyncio.run(main(wallet))
balance = wallet.balance
paid = [reason for kind, reason in wallet.history if kind == "paid"]
print(f"balance={balance} results={results} paid={sorted(paid)}")
assert balance >= 0, f"overdrawn: {balance}"
