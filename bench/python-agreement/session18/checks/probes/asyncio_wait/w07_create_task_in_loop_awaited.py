import asyncio

out = []

async def save(note):
    await asyncio.sleep(0.001)
    out.append(note.upper())

async def main():
    tasks = []
    for note in ("a", "b", "c"):
        tasks.append(asyncio.create_task(save(note)))
    for t in tasks:
        await t

asyncio.run(main())
