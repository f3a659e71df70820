# BUG: await between read and write: withdraw() reads the balance, awaits the fraud check, then writes, so two withdrawals overdraw the wallet
import asyncio


class Wallet:
    def __init__(self, balance):
        self.balance = balance
        self.declined = 0

    async def withdraw(self, amount):
        if self.balance >= amount:
            await asyncio.sleep(0.001)  # fraud check
            self.balance -= amount
            return True
        self.declined += 1
        return False


wallet = Wallet(100)


async def main():
    await asyncio.gather(wallet.withdraw(80), wallet.withdraw(50))


if __name__ == "__main__":
    asyncio.run(main())
    assert wallet.balance >= 0, f"overdrawn: {wallet.balance}"
