"""asyncio.Event.set() does not yield: the setter runs on; waiters resume in the order they waited."""
import asyncio

trace: list[str] = []


async def waiter(name: str, ev: asyncio.Event) -> None:
    trace.append(f"{name} waits")
    await ev.wait()
    trace.append(f"{name} woke")


async def main() -> None:
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    ev.set()
    trace.append("set done")
    await asyncio.sleep(0)
    trace.append("main after yield")
    await asyncio.gather(*tasks)


asyncio.run(main())
print(trace)
