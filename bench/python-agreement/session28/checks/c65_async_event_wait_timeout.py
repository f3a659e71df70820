import asyncio

got_signal = -1
timed_out = 0
pending_after = -1


async def waiter(event: asyncio.Event) -> None:
    global got_signal, timed_out
    try:
        await asyncio.wait_for(event.wait(), timeout=0.01)
        got_signal = 1
    except asyncio.TimeoutError:
        timed_out += 1
        got_signal = 0


async def slow() -> None:
    await asyncio.sleep(0.2)


async def main() -> None:
    global pending_after
    event = asyncio.Event()
    await waiter(event)
    tasks = [asyncio.create_task(slow()) for _ in range(2)]
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    pending_after = len(pending)
    for t in pending:
        t.cancel()


asyncio.run(main())
print(got_signal, timed_out, pending_after)
assert got_signal == 0 and timed_out == 1 and pending_after == 2
