# BUG: race — two coroutines read the balance, await, then write it back; one withdrawal is lost
import asyncio


class Wallet:
    def __init__(self, balance):
        self.balance = balance

    async def withdraw(self, amount):
        balance = self.balance
        await asyncio.sleep(0.001)  # call the payment provider
        if balance >= amount:
            self.balance = balance - amount
            return True
        return False


async def main():
    wallet = Wallet(100)
    ok = await asyncio.gather(wallet.withdraw(70), wallet.withdraw(50))
    print("ok", ok, "balance", wallet.balance)
    assert not (ok[0] and ok[1]), "both withdrawals succeeded"


asyncio.run(main())
