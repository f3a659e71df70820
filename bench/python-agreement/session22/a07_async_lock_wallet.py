import asyncio


class Wallet:
    def __init__(self, balance):
        self.balance = balance
        self._lock = asyncio.Lock()

    async def withdraw(self, amount):
        async with self._lock:
            if self.balance < amount:
                return False
            await asyncio.sleep(0.01)
            self.balance -= amount
            return True


async def main():
    wallet = Wallet(100)
    results = await asyncio.gather(wallet.withdraw(80), wallet.withdraw(50), wallet.withdraw(20))
    print(results, wallet.balance)
    assert wallet.balance >= 0


asyncio.run(main())
