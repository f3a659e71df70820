"""asyncio.Event.set() wakes the waiters on the loop's next turn; the setter runs on until it awaits."""
import asyncio

trace = []


async def waiter(ev, n):
    await ev.wait()
    trace.append(f"w{n}")


async def setter(ev):
    trace.append("before")
    ev.set()
    trace.append("after")
    await asyncio.sleep(0)
    trace.append("later")


async def main():
    ev = asyncio.Event()
    await asyncio.gather(waiter(ev, 1), waiter(ev, 2), setter(ev))


if __name__ == "__main__":
    asyncio.run(main())
