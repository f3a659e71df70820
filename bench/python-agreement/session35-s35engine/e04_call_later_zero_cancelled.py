# A zero-delay handle cancelled in the pass that set it never runs; one left alone runs on the next pass.
import asyncio

notes = []


def note(name):
    notes.append(name)


async def main():
    loop = asyncio.get_running_loop()
    kept = loop.call_later(0, note, "kept")
    dropped = loop.call_later(0, note, "dropped")
    dropped.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    notes.append("main")


asyncio.run(main())
print(notes)
