# bug: read, await, write on a shared balance without asyncio.Lock loses a deposit
import asyncio


class Wallet:
    def __init__(self):
        self.balance = 0

    async def deposit(self, amount):
        current = self.balance
        await asyncio.sleep(0)  # audit log write
        self.balance = current + amount


wallet = Wallet()


async def main():
    await asyncio.gather(wallet.deposit(50), wallet.deposit(25))
    print("balance:", wallet.balance)


asyncio.run(main())
assert wallet.balance == 75, f"lost a deposit: {wallet.balance}"
