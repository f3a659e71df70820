# BUG: self-deadlock: asyncio.Lock is not reentrant, so the nested acquire waits forever (cut by wait_for)
import asyncio

lock = None
result = 0


async def refresh():
    global result
    async with lock:
        result += 1


async def update():
    global result
    async with lock:
        result += 10
        await refresh()


async def main():
    global lock, result
    lock = asyncio.Lock()
    try:
        await asyncio.wait_for(update(), timeout=0.05)
    except asyncio.TimeoutError:
        result = -result


asyncio.run(main())
print("result", result)
