"""A dict handed to an asyncio task's coroutine is shared: its writes show in main."""
import asyncio


async def mark(record, key):
    await asyncio.sleep(0)
    record[key] = record.get(key, 0) + 1


async def main():
    record = {"a": 0}
    await asyncio.gather(mark(record, "a"), mark(record, "a"))
    return record["a"]


count = asyncio.run(main())
print(count)
