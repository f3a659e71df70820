import asyncio

saved: list[int] = []
errors: list[str] = []


async def save(record_id: int) -> None:
    await asyncio.sleep(0.001 * record_id)
    if record_id == 3:
        raise KeyError(f"record {record_id}")
    saved.append(record_id)


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            for record_id in range(1, 6):
                tg.create_task(save(record_id))
    except* KeyError as group:
        errors.append(str(len(group.exceptions)))


asyncio.run(main())
saved_count = len(saved)
print(f"saved={saved} errors={errors}")
assert saved == [1, 2] and len(errors) == 1
