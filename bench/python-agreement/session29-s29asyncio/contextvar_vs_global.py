# BUG: the request id kept in a module global is overwritten by the other handler while this one
# awaits; the ContextVar beside it keeps each task's own. `mixed` counts log lines whose two ids differ.
import asyncio
import contextvars

request_id: contextvars.ContextVar[int] = contextvars.ContextVar("request_id", default=0)
current = 0
mixed = 0


async def log() -> None:
    global mixed
    if current != request_id.get():
        mixed += 1


async def handle(rid: int, delay: int) -> None:
    global current
    current = rid
    request_id.set(rid)
    await asyncio.sleep(0.001 * delay)
    await log()


async def main() -> None:
    await asyncio.gather(handle(1, 2), handle(2, 1))


asyncio.run(main())
print(f"mixed={mixed}")
assert mixed == 0
