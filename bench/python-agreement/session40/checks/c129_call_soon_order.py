# Check: loop.call_soon callbacks run in FIFO order after the current step; call_later by delay. Bug: none.
import asyncio

trace = []


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, trace.append, "late")
    loop.call_soon(trace.append, "soon1")
    loop.call_soon(trace.append, "soon2")
    trace.append("body")
    await asyncio.sleep(0)
    trace.append("after0")
    await asyncio.sleep(0.02)


asyncio.run(main())
print(f"trace={trace}")
