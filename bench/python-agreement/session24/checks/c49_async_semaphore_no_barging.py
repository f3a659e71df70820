"""asyncio.Semaphore(1) in 3.11.7: a task that releases and at once acquires again waits behind the waiters."""
import asyncio

order = []


async def worker(name, sem, rounds):
    for _ in range(rounds):
        async with sem:
            order.append(name)
            await asyncio.sleep(0.001)


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(worker("a", sem, 2), worker("b", sem, 1), worker("c", sem, 1))


asyncio.run(main())
text = "".join(order)
print(text)
