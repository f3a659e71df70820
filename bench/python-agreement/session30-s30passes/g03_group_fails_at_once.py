# A TaskGroup of four children started in a loop; the third raises in its first step, before any
# await. The others each count their passes until cancelled.
import asyncio

steps = [0, 0, 0, 0]
caught = 0


async def child(n):
    if n == 2:
        raise RuntimeError("at once")
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
