# check: asyncio.Lock hands over in FIFO order of the waiters
import asyncio

order = []


async def user(name, lock):
    async with lock:
        order.append(name)
        await asyncio.sleep(0.001)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(user(n, lock) for n in "pqrs"))


asyncio.run(main())
sequence = "".join(order)
print(sequence)
