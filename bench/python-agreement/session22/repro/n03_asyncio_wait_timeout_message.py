# REFUSAL THAT CONTRADICTS ITSELF (not silent): `asyncio.wait(tasks, timeout=0.03)` is refused with "this keyword of `wait` is not supported (`return_when` and `timeout` are)"
import asyncio


async def job(d):
    await asyncio.sleep(d)


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.05)]
    done, pending = await asyncio.wait(tasks, timeout=0.03)
    print(len(done), len(pending))
    for t in tasks:
        t.cancel()


asyncio.run(main())
