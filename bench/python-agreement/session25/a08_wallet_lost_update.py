# BUG: lost update: the balance is read, then written after an await, so concurrent withdrawals overwrite each other
import asyncio
from dataclasses import dataclass


@dataclass
class Wallet:
    balance: int

    async def withdraw(self, amount):
        balance = self.balance
        if balance < amount:
            return False
        await asyncio.sleep(0)  # talk to the payment gateway
        self.balance = balance - amount
        return True


async def main():
    wallet = Wallet(100)
    outcomes = await asyncio.gather(wallet.withdraw(30), wallet.withdraw(50), wallet.withdraw(10))
    spent = sum(a for a, ok in zip((30, 50, 10), outcomes) if ok)
    print("outcomes", outcomes, "balance", wallet.balance, "spent", spent)
    assert wallet.balance == 100 - spent, "money appeared from nowhere"


asyncio.run(main())
