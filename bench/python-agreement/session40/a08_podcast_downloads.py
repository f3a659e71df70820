# Podcast downloads: episodes download as tasks; the user cancels the long one; finally-blocks clean up partial files. Bug: none.
import asyncio

finished = []
cleaned = []
statuses = {}


async def download(ep, chunks):
    got = 0
    try:
        for _ in range(chunks):
            await asyncio.sleep(0.005)
            got += 1
        finished.append(ep)
        return got
    finally:
        if got < chunks:
            cleaned.append(ep)


async def main():
    tasks = {ep: asyncio.create_task(download(ep, n)) for ep, n in [("e1", 2), ("e2", 40), ("e3", 3)]}
    await asyncio.sleep(0.05)
    tasks["e2"].cancel()
    for ep, t in tasks.items():
        try:
            statuses[ep] = await t
        except asyncio.CancelledError:
            statuses[ep] = -1


asyncio.run(main())
print(f"finished={finished} cleaned={cleaned} statuses={statuses}")
