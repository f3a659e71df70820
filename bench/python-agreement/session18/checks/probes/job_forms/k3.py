import asyncio

WORDS = ["ab", "cde"]
x = 0


async def worker(i):
    global x
    w = WORDS[i]
    n = 0
    for ch in w:
        n += 1
        await asyncio.sleep(0)
    x = n


asyncio.run(worker(1))
