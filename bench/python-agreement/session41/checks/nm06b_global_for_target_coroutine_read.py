# check: a coroutine's for loop whose target is declared global, read after the loop
import asyncio

i = 0
total = 0
after = -1


async def tally():
    global i, total, after
    for i in range(4):
        total += i
        await asyncio.sleep(0)
    after = i


asyncio.run(tally())
print(i, total, after)
