# bug: ordering - the event is cleared right after set, before the waiting runners get to run
import asyncio

started = []


async def runner(name, gun):
    try:
        await asyncio.wait_for(gun.wait(), timeout=0.02)
        started.append(name)
    except asyncio.TimeoutError:
        started.append(f"{name}:missed")


async def main():
    gun = asyncio.Event()
    runners = [asyncio.create_task(runner(n, gun)) for n in ("ali", "bea", "cal")]
    await asyncio.sleep(0.001)
    gun.set()
    gun.clear()
    await asyncio.gather(*runners)
    print(f"started={sorted(started)} is_set={gun.is_set()}")


asyncio.run(main())
