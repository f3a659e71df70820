# an async generator yields items with awaits between; a consumer sums them while another task counts passes
import asyncio

spins = 0
total = 0
at_end = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    global total, at_end
    asyncio.create_task(spinner())
    async for x in numbers(3):
        total += x
    at_end = spins


asyncio.run(main())
print(total, at_end)
