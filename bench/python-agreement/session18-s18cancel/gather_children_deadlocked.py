# no bug but a deadlock: two children of a gather in a created task wait for an Event nobody sets. CPython 3.11.7
# hangs (a deadlock). weft lists the deadlock; the cancellable gather's waits (a time-out never reached) give up
# only when nothing can move, and a plain wait on the child then reports the deadlock, not a TimeoutError.
import asyncio


async def child(ev):
    await ev.wait()


async def parent(ev):
    await asyncio.gather(child(ev), child(ev))


async def main():
    ev = asyncio.Event()
    task = asyncio.create_task(parent(ev))
    await task


asyncio.run(main())
