import asyncio
import contextvars

request_id: contextvars.ContextVar[int] = contextvars.ContextVar("request_id", default=0)
seen: dict[int, int] = {}
outside = -1


async def log_step(step: int) -> None:
    await asyncio.sleep(0.001 * step)
    rid = request_id.get()
    seen[rid] = seen.get(rid, 0) + step


async def handle(rid: int) -> None:
    request_id.set(rid)
    for step in (1, 2, 3):
        await log_step(step)


async def main() -> None:
    global outside
    await asyncio.gather(*[handle(rid) for rid in (101, 102, 103)])
    outside = request_id.get()  # each task ran in a copy of the context


asyncio.run(main())
print(f"seen={seen} outside={outside}")
assert seen == {101: 6, 102: 6, 103: 6} and outside == 0
