import asyncio
import contextvars

trace_id = contextvars.ContextVar("trace_id", default=0)
labels = []


async def step(name: str) -> None:
    await asyncio.sleep(0.001)
    labels.append(f"{name}={trace_id.get(-1)}")


async def traced(n: int) -> None:
    trace_id.set(n)
    await step(f"t{n}")


async def untraced() -> None:
    await step("u")


async def main() -> None:
    await asyncio.gather(traced(1), untraced(), traced(2))
    labels.append(f"main={trace_id.get(-1)}")
    trace_id.set(7)
    labels.append(f"main={trace_id.get(-1)}")
    await untraced()


asyncio.run(main())
outer = trace_id.get(99)
print(labels, outer)
