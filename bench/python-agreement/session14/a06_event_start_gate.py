# Expected: runners wait on an asyncio.Event start gate; none starts before the gun (early_starts == 0, finished == 3); no bug
import asyncio

gun_fired = 0
early_starts = 0
finished = 0


async def runner(name, start_event):
    global early_starts, finished
    await start_event.wait()
    if not gun_fired:
        early_starts += 1
    await asyncio.sleep(0.001)
    finished += 1


async def starter(start_event):
    global gun_fired
    await asyncio.sleep(0.01)
    gun_fired = 1
    start_event.set()


async def main():
    start_event = asyncio.Event()
    runners = [asyncio.create_task(runner(n, start_event)) for n in ("ann", "bob", "cid")]
    await starter(start_event)
    await asyncio.gather(*runners)
    print(f"early_starts={early_starts} finished={finished}")


asyncio.run(main())
