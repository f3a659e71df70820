# BUG: await between read and write: two withdrawals read the balance, await the audit log, then write
import asyncio


class Wallet:
    def __init__(self, balance):
        self.balance = balance
        self.history = []

    async def withdraw(self, amount, reason):
        current = self.balance
        await audit(f"withdraw {amount} for {reason}")
        self.balance = current - amount
        self.history.append(reason)


audit_log = []


async def audit(message):
    await asyncio.sleep(0)
    audit_log.append(message)


wallet = Wallet(100)


async def main():
    await asyncio.gather(wallet.withdraw(30, "rent"), wallet.withdraw(20, "food"))


if __name__ == "__main__":
    asyncio.run(main())
    assert wallet.balance == 50, f"lost update: {wallet.balance}"
