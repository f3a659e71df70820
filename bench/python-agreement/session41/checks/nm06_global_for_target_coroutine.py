# check: a coroutine's for loop whose target is declared global
import asyncio

i = 0
total = 0


async def tally():
    global i, total
    for i in range(4):
        total += i
        await asyncio.sleep(0)


asyncio.run(tally())
print(i, total)
