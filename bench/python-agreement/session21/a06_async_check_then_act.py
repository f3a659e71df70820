# BUG: check-then-act across an await: both withdrawals pass the check before either subtracts
import asyncio


class Wallet:
    def __init__(self, balance):
        self.balance = balance

    async def withdraw(self, amount):
        if self.balance >= amount:
            await asyncio.sleep(0)  # e.g. call the payment service
            self.balance -= amount
            return True
        return False


async def main():
    wallet = Wallet(50)
    results = await asyncio.gather(wallet.withdraw(40), wallet.withdraw(30))
    print("results:", results, "balance:", wallet.balance)
    assert wallet.balance >= 0, "wallet overdrawn"


asyncio.run(main())
