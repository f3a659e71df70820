# A task awaited through `wait_for(shield(task), t)` and again in the `finally` (session37/repro/r12):
# the `finally` runs on every way out, so the commit has ended when `handle` returns.
import asyncio

log = []


async def commit(name):
    await asyncio.sleep(0.005)
    log.append(f"committed {name}")


async def handle(name):
    task = asyncio.create_task(commit(name))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.001)
    except asyncio.TimeoutError:
        log.append(f"timeout {name}")
    finally:
        await task


async def main():
    await asyncio.gather(handle("a"), handle("b"))


asyncio.run(main())
print(sorted(log))
