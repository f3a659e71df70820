# Each lookup gets a deadline; the slow ones time out. No bug.
import asyncio

outcomes = []


async def lookup(host, delay):
    await asyncio.sleep(delay)
    return f"{host}=ok"


async def guarded(host, delay):
    try:
        outcomes.append(await asyncio.wait_for(lookup(host, delay), timeout=0.05))
    except asyncio.TimeoutError:
        outcomes.append(f"{host}=timeout")


async def main():
    await asyncio.gather(guarded("a", 0.01), guarded("b", 0.2), guarded("c", 0.02))


asyncio.run(main())
print(sorted(outcomes))
