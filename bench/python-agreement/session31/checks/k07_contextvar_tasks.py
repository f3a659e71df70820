# a ContextVar set in main before create_task is copied into each task; a task's set stays its own
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=0)
seen = [0, 0, 0]
after = -1


async def handler(slot):
    seen[slot] = request_id.get()
    await asyncio.sleep(0)
    request_id.set(100 + slot)
    await asyncio.sleep(0)
    seen[slot] += request_id.get()


async def main():
    global after
    request_id.set(7)
    t1 = asyncio.create_task(handler(0))
    request_id.set(8)
    t2 = asyncio.create_task(handler(1))
    await asyncio.gather(t1, t2)
    await handler(2)
    after = request_id.get()


asyncio.run(main())
print(seen, after)
