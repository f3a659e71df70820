# BUG: forgotten await: main starts the flush tasks with create_task but returns without awaiting them, so asyncio.run cancels the unfinished ones
import asyncio

flushed = []


async def flush(buffer_id, delay):
    await asyncio.sleep(delay)
    flushed.append(buffer_id)


async def main():
    for i, delay in enumerate([0, 0.001, 0.002]):
        asyncio.create_task(flush(i, delay))
    await asyncio.sleep(0)


if __name__ == "__main__":
    asyncio.run(main())
    assert len(flushed) == 3, f"flushed {flushed}"
