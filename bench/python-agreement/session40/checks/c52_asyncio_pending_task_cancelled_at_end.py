# Check: a task still sleeping when main returns is cancelled by asyncio.run; its later write never happens, its finally runs. Bug: missing await of a background task.
import asyncio

late_write = 0
finally_ran = 0


async def background():
    global late_write, finally_ran
    try:
        await asyncio.sleep(0.5)
        late_write = 1
    finally:
        finally_ran = 1


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)


asyncio.run(main())
print(f"late_write={late_write} finally_ran={finally_ran}")
