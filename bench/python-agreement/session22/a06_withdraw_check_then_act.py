# BUG: check-then-act: withdraw checks the balance, awaits, then subtracts, so two withdrawals can overdraw
import asyncio


class Wallet:
    def __init__(self, balance):
        self.balance = balance

    async def withdraw(self, amount):
        if self.balance >= amount:
            await asyncio.sleep(0.01)  # call the payment provider
            self.balance -= amount
            return True
        return False


async def main():
    wallet = Wallet(100)
    results = await asyncio.gather(wallet.withdraw(80), wallet.withdraw(50))
    print(results, wallet.balance)
    assert wallet.balance >= 0, wallet.balance


asyncio.run(main())
