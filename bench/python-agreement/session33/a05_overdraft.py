# BUG: check-then-act across an await: both withdrawals pass the balance check before either subtracts, so the balance goes negative
import asyncio


class Wallet:
    def __init__(self, balance):
        self.balance = balance
        self.history = []

    async def withdraw(self, who, amount):
        if self.balance >= amount:
            await asyncio.sleep(0)  # ask the fraud service
            self.balance -= amount
            self.history.append((who, -amount))
            return True
        self.history.append((who, 0))
        return False


async def main():
    wallet = Wallet(100)
    results = await asyncio.gather(
        wallet.withdraw("phone", 80),
        wallet.withdraw("laptop", 50),
    )
    print("results", results, "balance", wallet.balance, "overdrawn", wallet.balance < 0)


asyncio.run(main())
