# g03 as weft's refusal asks: each child sleeps once before it may raise. Four children started in a
# loop; the third raises after its first pass, the others count their passes until cancelled.
import asyncio

steps = [0, 0, 0, 0]
caught = 0


async def child(n):
    await asyncio.sleep(0)
    if n == 2:
        raise RuntimeError("after one pass")
    while True:
        steps[n] += 1
        await asyncio.sleep(0)


async def main():
    global caught
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(child(n))
    except* Exception:
        caught = 1


asyncio.run(main())
print(steps, caught)
