"""A worker's `try`: an early `return` in an `if` before the rest of the body, `finally` counts every pass
(the handler catches a failure of the rest; the `finally` runs before the `return`)."""
import asyncio

passes = 0
handled: list[int] = []
order: list[str] = []


async def worker(q: asyncio.Queue) -> str:
    global passes
    while True:
        item = await q.get()
        try:
            if item < 0:
                order.append("stop")
                return "stopped"
            await asyncio.sleep(0.001)
            if item == 2:
                raise ValueError(item)
            handled.append(item)
        except ValueError:
            order.append("failed")
        finally:
            passes += 1
            order.append("finally")


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue()
    task = asyncio.create_task(worker(q))
    for item in [1, 2, 3, -1]:
        await q.put(item)
    result = await task
    order.append(result)


asyncio.run(main())
print(passes, handled, order)
assert passes == 4 and order[-3:] == ["stop", "finally", "stopped"]
