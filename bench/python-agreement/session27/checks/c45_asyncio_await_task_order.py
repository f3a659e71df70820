"""Exact loop order: a task awaiting another resumes one turn after it finishes."""
import asyncio

trace: list[str] = []


async def a() -> None:
    trace.append("a1")
    await asyncio.sleep(0)
    trace.append("a2")
    await asyncio.sleep(0)
    trace.append("a3")


async def b(t: asyncio.Task) -> None:
    trace.append("b1")
    await t
    trace.append("b2")


async def c() -> None:
    for i in range(4):
        trace.append(f"c{i}")
        await asyncio.sleep(0)


async def main() -> None:
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b(ta))
    tc = asyncio.create_task(c())
    trace.append("m1")
    await tb
    trace.append("m2")
    await tc


asyncio.run(main())
print(trace)
