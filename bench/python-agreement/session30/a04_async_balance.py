# BUG: lost update across an await: withdraw reads the balance, awaits the fraud check, then writes a stale value back
import asyncio


class Wallet:
    def __init__(self, balance):
        self.balance = balance
        self.log = []

    async def fraud_check(self, amount):
        await asyncio.sleep(0.001)
        return amount < 1000

    async def withdraw(self, who, amount):
        balance = self.balance
        if balance < amount:
            self.log.append((who, "declined"))
            return False
        if not await self.fraud_check(amount):
            return False
        self.balance = balance - amount
        self.log.append((who, amount))
        return True


async def main():
    wallet = Wallet(100)
    results = await asyncio.gather(
        wallet.withdraw("phone", 60),
        wallet.withdraw("laptop", 70),
    )
    paid = sum(amount for _, amount in wallet.log if amount != "declined")
    print("approved:", results, "balance:", wallet.balance, "paid out:", paid)


asyncio.run(main())
