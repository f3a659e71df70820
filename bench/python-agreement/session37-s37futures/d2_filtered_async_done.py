# asyncio.wait with FIRST_EXCEPTION: the tasks that finished cleanly are picked out of the done set and
# their results summed; the rest are cancelled and counted.
import asyncio

total = 0
cancelled = 0


async def step(n):
    await asyncio.sleep(0.010 * n)
    if n == 3:
        raise RuntimeError("step 3 failed")
    return n


async def main():
    global total, cancelled
    tasks = [asyncio.create_task(step(n)) for n in range(1, 6)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    clean = [t for t in done if t.exception() is None]
    for t in clean:
        total += t.result()
    for t in pending:
        t.cancel()
        cancelled += 1
    await asyncio.gather(*pending, return_exceptions=True)


asyncio.run(main())
print(f"total={total} cancelled={cancelled}")
