"""Two coroutines withdraw under an asyncio.Lock; the check and the withdrawal are atomic."""
import asyncio

balance = 100
refused = 0


async def withdraw(amount, lock):
    global balance, refused
    async with lock:
        if balance >= amount:
            await asyncio.sleep(0.001)
            balance -= amount
        else:
            refused += 1


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(withdraw(70, lock), withdraw(50, lock))


asyncio.run(main())
print(balance, refused)
