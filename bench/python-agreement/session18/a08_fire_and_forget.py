# BUG: forgotten await: save tasks are created and never awaited, so asyncio.run cancels them at exit
import asyncio

NOTES = ["buy milk", "call mom", "fix bug"]
saved = []


async def save(note):
    await asyncio.sleep(0.001)
    saved.append(note.replace(" ", "_"))


async def main():
    for note in NOTES:
        asyncio.create_task(save(note))
    await asyncio.sleep(0)


if __name__ == "__main__":
    asyncio.run(main())
    saved_count = len(saved)
    assert saved_count == len(NOTES), f"only {saved_count} saved"
