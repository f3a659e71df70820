# variant of a04_taskgroup_errors.py: the smallest edit past its refusal
import asyncio


class ValidationError(Exception):
    pass


async def validate(field, value):
    await asyncio.sleep(0.001)
    if not value:
        raise ValidationError(f"{field} is empty")
    return field


async def main():
    form = {"name": "Ada", "email": "", "city": "London", "zip": ""}
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(validate(k, v)) for k, v in form.items()]
    except* ValidationError as group:
        print("invalid:", len(group.exceptions))
    print("cancelled", sum(t.cancelled() for t in tasks))

    async with asyncio.TaskGroup() as tg:
        ok = [tg.create_task(validate(k, v)) for k, v in form.items() if v]
    print("valid:", [t.result() for t in ok])


asyncio.run(main())
