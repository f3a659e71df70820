"""A request handler times out, but the database save it started is shielded and completes."""
import asyncio

saved = []
timed_out = 0


async def save(record):
    await asyncio.sleep(0.01)
    saved.append(record)
    return len(saved)


async def handler(record):
    global timed_out
    save_task = asyncio.ensure_future(save(record))
    try:
        await asyncio.wait_for(asyncio.shield(save_task), timeout=0.002)
    except asyncio.TimeoutError:
        timed_out += 1
    await save_task


async def main():
    await handler("order-1")


if __name__ == "__main__":
    asyncio.run(main())
    assert saved == ["order-1"]
    assert timed_out == 1
