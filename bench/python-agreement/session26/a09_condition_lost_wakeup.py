# BUG: lost wake-up: the notifier runs before the listener starts waiting, and the listener waits without a predicate (hang).
import asyncio

config: dict[str, str] = {}
reloads = 0


async def reloader(cond: asyncio.Condition) -> None:
    async with cond:
        config["mode"] = "fast"
        cond.notify_all()


async def listener(cond: asyncio.Condition) -> None:
    global reloads
    await asyncio.sleep(0.001)
    async with cond:
        await cond.wait()
        reloads += 1


async def main() -> None:
    cond = asyncio.Condition()
    await asyncio.gather(reloader(cond), listener(cond))


asyncio.run(main())
print(f"reloads={reloads} mode={config['mode']}")
