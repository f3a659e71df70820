import asyncio

log: list[str] = []


async def waiter(name: str, event: asyncio.Event) -> None:
    log.append(f"{name} waiting")
    await event.wait()
    log.append(f"{name} go")


async def main() -> None:
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("a", "b")]
    await asyncio.sleep(0.01)
    log.append("set")
    event.set()
    await asyncio.gather(*tasks)


asyncio.run(main())
print(log)
