# bug: except* ValueError handles only part of the group; the TypeError part propagates and the program fails
import asyncio

handled = 0


async def bad_value():
    raise ValueError("v")


async def bad_type():
    raise TypeError("t")


async def main():
    global handled
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad_value())
            tg.create_task(bad_type())
    except* ValueError:
        handled = 1


asyncio.run(main())
print(handled)
