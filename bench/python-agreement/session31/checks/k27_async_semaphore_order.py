# asyncio.Semaphore(1): a holder releases while two wait, then a newcomer arrives in the same pass
import asyncio

order = []


async def user(sem, name, delay_passes):
    for _ in range(delay_passes):
        await asyncio.sleep(0)
    async with sem:
        order.append(name)
        await asyncio.sleep(0)


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(user(sem, "a", 0), user(sem, "b", 0), user(sem, "c", 0), user(sem, "d", 1))


asyncio.run(main())
print(order)
