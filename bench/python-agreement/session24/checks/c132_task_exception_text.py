"""task.exception() of an asyncio task that raised: its class name and message."""
import asyncio

kind = ""
text = ""


async def fetch(n):
    await asyncio.sleep(0.001)
    raise LookupError(f"no page {n}")


async def main():
    global kind, text
    task = asyncio.create_task(fetch(7))
    await asyncio.wait([task])
    error = task.exception()
    kind = type(error).__name__
    text = str(error)


asyncio.run(main())
print(kind, text)
