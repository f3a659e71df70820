import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=0)
after_inline = -1
after_gather = -1
seen_in_task = -1


async def set_inline(n):
    request_id.set(n)


async def reader():
    global seen_in_task
    await asyncio.sleep(0)
    seen_in_task = request_id.get()


async def main():
    global after_inline, after_gather
    await set_inline(5)
    after_inline = request_id.get()
    task = asyncio.create_task(reader())
    request_id.set(9)
    await asyncio.gather(set_inline(7))
    after_gather = request_id.get()
    await task


asyncio.run(main())
print(after_inline, after_gather, seen_in_task)
