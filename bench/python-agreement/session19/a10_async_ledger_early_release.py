# BUG: asyncio.Lock released too early: the balance is read under the lock, written after an await outside it
import asyncio


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


checking = Account("ann", 100)
deposits = []


async def deposit(account, amount, lock):
    async with lock:
        current = account.balance
    await asyncio.sleep(0)  # audit log write
    account.balance = current + amount
    deposits.append(amount)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(checking, amt, lock) for amt in (10, 20, 30)))


if __name__ == "__main__":
    asyncio.run(main())
    assert checking.balance == 160, f"balance {checking.balance}"
