import asyncio
class Account:
    def __init__(self):
        self.balance = 100
        self.lock = asyncio.Lock()
    async def withdraw(self, amount):
        async with self.lock:
            if self.balance >= amount:
                await asyncio.sleep(0)
                self.balance -= amount
                return True
            return False
async def main():
    acct = Account()
    results = await asyncio.gather(acct.withdraw(60), acct.withdraw(60))
    print(acct.balance, sum(results))
asyncio.run(main())
